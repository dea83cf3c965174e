package org.stemma.clean;

import java.util.ArrayList;
import java.util.List;

import org.stemma.model.Article;
import org.stemma.model.Clutter;
import org.stemma.model.Span;

/** The invariants every cleaned article must hold, whatever its text; throws AssertionError naming the breach. */
final class CleanerInvariants {

    private CleanerInvariants() {
    }

    static void check(Article a) {
        String text = a.text();
        int n = text.length();
        List<Span> taken = new ArrayList<>();
        Span previous = null;
        for (Span s : a.body()) {
            require(s.end() <= n && !s.isEmpty(), "empty or out-of-range body segment " + s);
            require(previous == null || previous.end() <= s.start(), "body not sorted/disjoint at " + s);
            require(!Line.isBlank(text.charAt(s.start())) && !Line.isBlank(text.charAt(s.end() - 1)),
                    "body segment not trimmed " + s);
            previous = s;
            taken.add(s);
        }
        Clutter prev = null;
        for (Clutter c : a.clutter()) {
            require(c.span().end() <= n && !c.span().isEmpty(), "empty or out-of-range clutter " + c);
            require(prev == null || prev.span().end() <= c.span().start(), "clutter not sorted/disjoint at " + c);
            prev = c;
        }
        for (Clutter c : a.clutter()) {
            for (Span s : a.body()) {
                require(!s.overlaps(c.span()), "body " + s + " overlaps clutter " + c);
            }
            taken.add(c.span());
        }
        a.titleSpan().ifPresent(t -> {
            require(t.end() <= n, "title span out of range " + t);
            for (Span s : taken) {
                require(!s.overlaps(t), "title span " + t + " overlaps " + s);
            }
            taken.add(t);
        });
        a.date().evidence().ifPresent(e -> require(e.end() <= n, "date evidence out of range " + e));
        boolean[] covered = new boolean[n];
        for (Span s : taken) {
            for (int i = s.start(); i < s.end(); i++) {
                covered[i] = true;
            }
        }
        for (int i = 0; i < n; i++) {
            require(covered[i] || Line.isBlank(text.charAt(i)),
                    "non-blank char U+" + Integer.toHexString(text.charAt(i)) + " at " + i + " is lost");
        }
        require(!a.lang().isBlank(), "blank language");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
