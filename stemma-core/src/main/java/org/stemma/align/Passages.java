package org.stemma.align;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.stemma.fingerprint.TokenSequence;
import org.stemma.model.Passage;
import org.stemma.model.Span;

/** Measures over passages: how much of a witness they cover. Stateless. */
public final class Passages {

    private Passages() {
    }

    /**
     * The spans of {@code witness} that {@code passages} cover (their {@code inA} or {@code inB}, whichever
     * side is the witness's id), sorted; passages not involving the witness are ignored.
     */
    public static List<Span> spansIn(Witness witness, Collection<Passage> passages) {
        List<Span> out = new ArrayList<>();
        for (Passage p : passages) {
            if (p.a().equals(witness.id())) {
                out.add(p.inA());
            } else if (p.b().equals(witness.id())) {
                out.add(p.inB());
            }
        }
        out.sort(null);
        return out;
    }

    /** The number of the witness's tokens that lie inside one of the passages' spans on its side. */
    public static int coveredTokens(Witness witness, Collection<Passage> passages) {
        List<Span> spans = spansIn(witness, passages);
        TokenSequence tokens = witness.tokens();
        int covered = 0;
        int s = 0;
        for (int i = 0; i < tokens.size(); i++) {
            while (s < spans.size() && spans.get(s).end() < tokens.end(i)) {
                s++;
            }
            // spans are sorted by start; any later span starting at or before this token may contain it
            for (int t = s; t < spans.size() && spans.get(t).start() <= tokens.start(i); t++) {
                if (spans.get(t).end() >= tokens.end(i)) {
                    covered++;
                    break;
                }
            }
        }
        return covered;
    }

    /** The share of the witness's tokens covered by the passages, in [0, 1]; 0 for a witness without tokens. */
    public static double coverage(Witness witness, Collection<Passage> passages) {
        int n = witness.tokens().size();
        return n == 0 ? 0 : (double) coveredTokens(witness, passages) / n;
    }
}
