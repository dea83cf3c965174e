package org.stemma.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.stemma.model.Edit;
import org.stemma.model.EditOp;
import org.stemma.model.Passage;
import org.stemma.model.Span;

/**
 * Aligns twice: a strict pass finds where reuse surely is, a loose pass (shorter seeds, shorter passages)
 * finds how far it reaches through paraphrase, and only loose passages near a strict one are believed.
 *
 * <p>Loose settings alone find heavily reworded reuse but also chance matches between any two texts of one
 * language (two-word seeds such as "of the" chained into short passages); strict settings alone miss the
 * reworded stretches around the reused core. Result: every loose passage that overlaps a strict passage, or
 * lies within {@code nearChars} of one in both texts, or holds at least {@code standaloneWords} equal words
 * on its own, plus every strict passage that no kept loose passage overlaps.
 *
 * <p>The standalone rule reaches reuse whose every sentence had a word or two replaced (synonym
 * substitution): no three equal words in a row survive for the strict pass, but the two-word runs chain into
 * one long loose passage. Chance two-word matches between unrelated texts of one language chain into short
 * passages only (a handful of equal words spread over a few hundred), so a long run of them is evidence of
 * reuse by itself. Same contract as {@link Aligner}; immutable and thread-safe; costs the two passes.
 */
public final class TwoPassAligner implements Aligner {

    /**
     * @param strict    the first pass, which decides where reuse is
     * @param loose     the second pass, which decides how far it reaches
     * @param nearChars how far (in chars, in both texts) a loose passage may lie from a strict one and still
     *                  be kept; no default: it depends on the texts (a paragraph or two is sensible)
     * @param standaloneWords a loose passage with at least this many equal words is kept without a strict
     *                  passage near it; {@link #NEVER} keeps none so (the three-argument constructor)
     */
    public record Config(AnchoredAligner.Config strict, AnchoredAligner.Config loose, int nearChars,
                         int standaloneWords) {
        /** No loose passage is kept on its own. */
        public static final int NEVER = Integer.MAX_VALUE;

        public Config {
            if (strict == null || loose == null || nearChars < 0 || standaloneWords < 1) {
                throw new IllegalArgumentException("need two configs, nearChars >= 0 and standaloneWords >= 1: "
                        + nearChars + ", " + standaloneWords);
            }
        }

        /** Loose passages are kept only near strict ones. */
        public Config(AnchoredAligner.Config strict, AnchoredAligner.Config loose, int nearChars) {
            this(strict, loose, nearChars, NEVER);
        }
    }

    private final Config config;
    private final Aligner strict;
    private final Aligner loose;

    public TwoPassAligner(Config config) {
        this(config, new AnchoredAligner(config == null ? null : config.strict()),
                new AnchoredAligner(config == null ? null : config.loose()));
    }

    private TwoPassAligner(Config config, Aligner strict, Aligner loose) {
        if (config == null) {
            throw new IllegalArgumentException("config must not be null");
        }
        this.config = config;
        this.strict = strict;
        this.loose = loose;
    }

    /** Both passes keep their witnesses' seed keys for the batch. */
    @Override
    public Aligner forBatch() {
        return new TwoPassAligner(config, strict.forBatch(), loose.forBatch());
    }

    public Config config() {
        return config;
    }

    @Override
    public List<Passage> align(Witness a, Witness b) {
        List<Passage> sure = strict.align(a, b);
        if (sure.isEmpty() && config.standaloneWords() == Config.NEVER) {
            return sure;
        }
        List<Passage> out = new ArrayList<>();
        for (Passage p : loose.align(a, b)) {
            if (config.standaloneWords() != Config.NEVER && equalWords(p, a, b) >= config.standaloneWords()) {
                out.add(p);
                continue;
            }
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

    /** Words of the passage's {@code a} side that its EQUAL edits hold. */
    private static int equalWords(Passage p, Witness first, Witness second) {
        Witness wa = p.a().equals(first.id()) ? first : second;
        int words = 0;
        for (Edit e : p.edits()) {
            if (e.op() == EditOp.EQUAL) {
                words += wa.tokens().indexAtOrAfter(e.a().end()) - wa.tokens().indexAtOrAfter(e.a().start());
            }
        }
        return words;
    }

    private boolean near(Span x, Span y) {
        return Math.max(x.start(), y.start()) - Math.min(x.end(), y.end()) <= config.nearChars();
    }
}
