package org.stemma.model;

/**
 * One step of an edit script, with its extent in both originals. An insertion has an empty span on the
 * first side (where it falls), a deletion an empty span on the second.
 */
public record Edit(EditOp op, Span a, Span b) {
    public Edit {
        if (op == null || a == null || b == null) {
            throw new IllegalArgumentException("edit needs an op and two spans");
        }
        if (op == EditOp.INSERT && !a.isEmpty()) {
            throw new IllegalArgumentException("an insertion has an empty first span: " + a);
        }
        if (op == EditOp.DELETE && !b.isEmpty()) {
            throw new IllegalArgumentException("a deletion has an empty second span: " + b);
        }
    }
}
