/**
 * Cluster: groups articles into events (articles that report the same happening) and events into
 * storylines (events joined by topic, actors and time).
 *
 * <p>The stage is {@link org.stemma.cluster.Clusterer}; its result is {@link org.stemma.cluster.Clusters}, a
 * partition of the articles into {@link org.stemma.model.Event}s and of the events into
 * {@link org.stemma.model.Story}s with deterministic ids. {@link org.stemma.cluster.AverageLinkClusterer}
 * combines reused passages, TF-IDF cosine over content words, overlap of named things (names, numbers, dates)
 * and publication time, and merges by average linkage so that one ambiguous article cannot chain two groups;
 * at story level a topic view (content words that are not names, weighted by dispersion over events) joins
 * events of one kind of happening. {@link org.stemma.cluster.IncrementalClusterer} adds batches to a
 * {@link org.stemma.cluster.ClusterState}, keeping earlier events and storylines.
 */
package org.stemma.cluster;
