package org.stemma.store;

/**
 * A committed batch as the store records it.
 *
 * @param seq      its number, from 1, in commit order
 * @param label    what the caller named it (e.g. the input paths)
 * @param articles how many articles it stored
 * @param passages how many passages it found
 */
public record BatchInfo(long seq, String label, int articles, int passages) {
}
