package org.stemma.cluster;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * What an incremental clusterer keeps of an article once it is added: its id and date, and the word counts its
 * text gave, computed by {@link AverageLinkClusterer#terms} from a {@link ClusterInput}. Later batches need
 * nothing else of it (not its tokens nor its text), so a state holds this instead of the input: a few bytes a
 * distinct content word instead of the article's text and every token's offsets.
 *
 * <p>A value class rather than a record for memory, as {@link org.stemma.model.Passage} is: a store's state
 * holds one per stored article, and the counts are kept as floats whenever every one of them is a float
 * exactly (sums of whole body occurrences and a headline weight such as the default 2: always, in practice),
 * which halves the largest array; {@link #count} gives back the very double it was built from either way. The
 * arrays are not copied: {@code terms} and {@code protagonists} may be pointed at equal shared strings (see
 * {@link CorpusIndex#addArticle}), nothing else may change them. Equality and hash are by value.
 */
public final class ArticleTerms {
    private final String id;
    private final Optional<LocalDate> date;
    private final String[] terms;
    /** Per term, its count: a float[] when lossless, else the double[] given. */
    private final Object counts;
    private final boolean[] named;
    private final String[] protagonists;

    /**
     * @param id           the article's id
     * @param date         publication date when known
     * @param terms        its content terms, sorted
     * @param counts       per term, its occurrences (headline occurrences weighted)
     * @param named        per term, whether it is a named thing (a name or a number)
     * @param protagonists sorted names it writes at least {@link AverageLinkConfig#protagonistMentions()} times
     */
    public ArticleTerms(String id, Optional<LocalDate> date, String[] terms, double[] counts, boolean[] named,
            String[] protagonists) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date of " + id);
        if (terms.length != counts.length || terms.length != named.length) {
            throw new IllegalArgumentException("terms, counts and named of " + id + " differ in length");
        }
        this.id = id;
        this.date = date;
        this.terms = terms;
        this.counts = compact(counts);
        this.named = named;
        this.protagonists = Objects.requireNonNull(protagonists, "protagonists of " + id);
    }

    private static Object compact(double[] counts) {
        float[] f = new float[counts.length];
        for (int i = 0; i < counts.length; i++) {
            f[i] = (float) counts[i];
            if (f[i] != counts[i]) {
                return counts;
            }
        }
        return f;
    }

    public String id() {
        return id;
    }

    public Optional<LocalDate> date() {
        return date;
    }

    /** Its content terms, sorted; not a copy (do not change it). */
    public String[] terms() {
        return terms;
    }

    /** How many content terms it has. */
    public int size() {
        return terms.length;
    }

    /** The count of term {@code i}: occurrences, headline occurrences weighted. */
    public double count(int i) {
        return counts instanceof float[] f ? f[i] : ((double[]) counts)[i];
    }

    /** Per term, whether it is a named thing; not a copy. */
    public boolean[] named() {
        return named;
    }

    /** Sorted names written at least {@link AverageLinkConfig#protagonistMentions()} times; not a copy. */
    public String[] protagonists() {
        return protagonists;
    }

    private double[] countsAsDoubles() {
        double[] out = new double[terms.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = count(i);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArticleTerms t && id.equals(t.id) && date.equals(t.date) && Arrays.equals(terms, t.terms)
                && Arrays.equals(countsAsDoubles(), t.countsAsDoubles()) && Arrays.equals(named, t.named)
                && Arrays.equals(protagonists, t.protagonists);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, date, Arrays.hashCode(terms), Arrays.hashCode(countsAsDoubles()),
                Arrays.hashCode(named), Arrays.hashCode(protagonists));
    }

    @Override
    public String toString() {
        return "ArticleTerms[" + id + ", " + terms.length + " terms]";
    }
}
