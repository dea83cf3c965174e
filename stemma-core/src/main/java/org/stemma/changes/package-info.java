/**
 * Edit typing: reads the edit scripts of aligned passages and says what each copy changed and whether the
 * change alters the meaning ({@link org.stemma.changes.ChangeClassifier},
 * {@link org.stemma.changes.RuleChangeClassifier}), oriented by provenance ({@link org.stemma.changes.Changes}).
 * Cue words live in per-language data files next to the classes ({@code cues-LANG.txt}).
 */
package org.stemma.changes;
