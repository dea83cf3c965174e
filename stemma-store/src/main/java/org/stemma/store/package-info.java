/**
 * Store: the embedded, persistent home of an analysis that grows batch by batch, in one data folder.
 *
 * <p>{@link org.stemma.store.Store} opens the folder and commits batches of raw articles: each commit cleans
 * the new articles, finds their candidates against the stored anchors, aligns them with the stored articles
 * they match, adds them to the persisted events and storylines and rebuilds provenance for the families they
 * touch, all in one transaction. {@link org.stemma.store.Snapshot} reads a consistent view while commits go
 * on, traces a passage to the stored articles that carry it, searches them by words (SQLite FTS5), outlet and
date, and lists articles, events, storylines and provenance families a page at a time. The file format is SQLite in WAL mode; the
 * tables are internal (see docs/FORMATS.md, "Store").
 */
package org.stemma.store;
