/**
 * Alignment: finds the passages two articles share and aligns them word by word
 * ({@link org.stemma.align.Aligner}, {@link org.stemma.align.AnchoredAligner}), producing
 * {@link org.stemma.model.Passage}s whose edit scripts say what a copy added, dropped or changed.
 * {@link org.stemma.align.Passages} measures how much of an article its passages cover.
 */
package org.stemma.align;
