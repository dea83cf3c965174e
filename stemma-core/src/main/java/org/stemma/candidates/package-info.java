/**
 * Candidate pairs: which articles share enough fingerprints to be worth aligning. An inverted index from
 * fingerprint hash to articles ({@link org.stemma.candidates.InvertedAnchorIndex}) makes the cost depend on
 * the pairs that share anchors, not on all pairs of the corpus.
 */
package org.stemma.candidates;
