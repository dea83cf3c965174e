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
 * <p>Immutable by contract: the arrays are not copied and must not be changed once built. Equality and hash are
 * by value.
 *
 * @param id           the article's id
 * @param date         publication date when known
 * @param terms        its content terms, sorted
 * @param counts       per term, its occurrences (headline occurrences weighted)
 * @param named        per term, whether it is a named thing (a name or a number)
 * @param protagonists sorted names it writes at least {@link AverageLinkConfig#protagonistMentions()} times
 */
public record ArticleTerms(String id, Optional<LocalDate> date, String[] terms, double[] counts, boolean[] named,
        String[] protagonists) {
    public ArticleTerms {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date of " + id);
        if (terms.length != counts.length || terms.length != named.length) {
            throw new IllegalArgumentException("terms, counts and named of " + id + " differ in length");
        }
        Objects.requireNonNull(protagonists, "protagonists of " + id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArticleTerms t && id.equals(t.id) && date.equals(t.date) && Arrays.equals(terms, t.terms)
                && Arrays.equals(counts, t.counts) && Arrays.equals(named, t.named)
                && Arrays.equals(protagonists, t.protagonists);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, date, Arrays.hashCode(terms), Arrays.hashCode(counts), Arrays.hashCode(named),
                Arrays.hashCode(protagonists));
    }

    @Override
    public String toString() {
        return "ArticleTerms[" + id + ", " + terms.length + " terms]";
    }
}
