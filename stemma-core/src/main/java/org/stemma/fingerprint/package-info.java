/**
 * Fingerprinting: turns an article's body into normalised word tokens ({@link org.stemma.fingerprint.WordTokenizer},
 * {@link org.stemma.fingerprint.TokenSequence}) and those into a small set of positional hashes
 * ({@link org.stemma.fingerprint.Fingerprinter}, {@link org.stemma.fingerprint.WinnowingFingerprinter}) that
 * the candidates stage indexes to find articles that share text.
 */
package org.stemma.fingerprint;
