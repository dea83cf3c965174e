package org.stemma.candidates;

import java.util.Collection;
import java.util.List;
import org.stemma.fingerprint.Fingerprints;

/**
 * Finds the pairs of articles that likely share text, from their fingerprints.
 *
 * <p>Contract: {@link #findAll} returns the candidate pairs sorted by {@code (a, b)}, each pair once with
 * {@code a < b}; never null (empty when nothing is shared). Article ids must be distinct. The result depends
 * only on the input's content, not on its order. Implementations are immutable and thread-safe; the cost
 * grows with the postings of shared anchors, never with all pairs of the corpus.
 */
public interface CandidateIndex {

    /** The candidate pairs among {@code corpus}. */
    List<CandidatePair> findAll(Collection<Fingerprints> corpus);
}
