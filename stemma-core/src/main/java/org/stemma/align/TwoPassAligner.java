package org.stemma.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.stemma.model.Passage;
import org.stemma.model.Span;

/**
 * Aligns twice: a strict pass finds where reuse surely is, a loose pass (shorter seeds, shorter passages)
 * finds how far it reaches through paraphrase, and only loose passages near a strict one are believed.
 *
 * <p>Loose settings alone find heavily reworded reuse but also chance matches between any two texts of one
 * language (two-word seeds such as "of the" chained into short passages); strict settings alone miss the
 * reworded stretches around the reused core. Result: every loose passage that overlaps a strict passage, or
 * lies within {@code nearChars} of one in both texts, plus every strict passage that no kept loose passage
 * overlaps. Same contract as {@link Aligner}; immutable and thread-safe; costs the two passes.
 */
public final class TwoPassAligner implements Aligner {

    /**
     * @param strict    the first pass, which decides where reuse is
     * @param loose     the second pass, which decides how far it reaches
     * @param nearChars how far (in chars, in both texts) a loose passage may lie from a strict one and still
     *                  be kept; no default: it depends on the texts (a paragraph or two is sensible)
     */
    public record Config(AnchoredAligner.Config strict, AnchoredAligner.Config loose, int nearChars) {
        public Config {
            if (strict == null || loose == null || nearChars < 0) {
                throw new IllegalArgumentException("need two configs and nearChars >= 0: " + nearChars);
            }
        }
    }

    private final Config config;
    private final AnchoredAligner strict;
    private final AnchoredAligner loose;

    public TwoPassAligner(Config config) {
        if (config == null) {
            throw new IllegalArgumentException("config must not be null");
        }
        this.config = config;
        this.strict = new AnchoredAligner(config.strict());
        this.loose = new AnchoredAligner(config.loose());
    }

    public Config config() {
        return config;
    }

    @Override
    public List<Passage> align(Witness a, Witness b) {
        List<Passage> sure = strict.align(a, b);
        if (sure.isEmpty()) {
            return sure;
        }
        List<Passage> out = new ArrayList<>();
        for (Passage p : loose.align(a, b)) {
            for (Passage s : sure) {
                if (near(p.inA(), s.inA()) && near(p.inB(), s.inB())) {
                    out.add(p);
                    break;
                }
            }
        }
        for (Passage s : sure) {
            boolean covered = false;
            for (Passage p : out) {
                covered |= p.inA().overlaps(s.inA()) || p.inB().overlaps(s.inB());
            }
            if (!covered) {
                out.add(s);
            }
        }
        out.sort(Comparator.comparing(Passage::inA).thenComparing(Passage::inB));
        return out;
    }

    private boolean near(Span x, Span y) {
        return Math.max(x.start(), y.start()) - Math.min(x.end(), y.end()) <= config.nearChars();
    }
}
