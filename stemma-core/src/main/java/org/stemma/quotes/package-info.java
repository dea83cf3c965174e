/**
 * Quotations: who said what, in which words, and how the words drift from outlet to outlet.
 *
 * <p>{@link org.stemma.quotes.QuoteExtractor} finds direct, partial and indirect quotations in one article and
 * attributes each to a speaker by rules ({@link org.stemma.quotes.RuleQuoteExtractor}); word lists (reporting
 * verbs, titles, "according to" cues) are data files per language beside this package.
 * {@link org.stemma.quotes.QuoteGrouper} gathers the same statement across articles, through the aligner's
 * passages and through shared words under one speaker, and flags drift ({@link org.stemma.quotes.AlignedQuoteGrouper}).
 * {@link org.stemma.quotes.ClaimMatrixBuilder} builds each storyline's claim matrix
 * ({@link org.stemma.quotes.SentenceClaimMatrixBuilder}). {@link org.stemma.quotes.QuoteEvaluation} scores
 * extraction against hand labels. Everything here is a pure function of its inputs; nothing opens a file
 * except the label reader.
 */
package org.stemma.quotes;
