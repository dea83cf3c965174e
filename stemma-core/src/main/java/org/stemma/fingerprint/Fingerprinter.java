package org.stemma.fingerprint;

/**
 * Selects a compact set of positional hashes from an article's tokens such that two articles sharing a long
 * enough run of words share at least one hash.
 *
 * <p>Contract: never returns null; an empty or too short sequence gives empty {@link Fingerprints}. The
 * result depends only on the terms of {@code tokens} (not on their offsets), so the same words give the same
 * hashes in every article and on every run. Implementations are immutable and thread-safe; cost is linear in
 * the number of tokens.
 */
public interface Fingerprinter {

    /** Fingerprints {@code tokens}, which belong to the article {@code articleId}. */
    Fingerprints fingerprint(String articleId, TokenSequence tokens);
}
