package org.stemma.provenance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.stemma.model.Article;
import org.stemma.model.Edge;
import org.stemma.model.LostSource;
import org.stemma.model.Passage;

/**
 * Splits a corpus into reuse families, the connected components of its passage graph, so that provenance can
 * be built one family at a time and on many threads. A {@link ProvenanceBuilder} decides every edge and lost
 * source from one family's articles and passages alone, so building each family and {@link #merge merging}
 * gives exactly what one call over the corpus gives; on a large corpus it also bounds each call's memory to
 * one family.
 */
public final class ReuseFamilies {

    /** One connected component: its articles sorted by id, its passages in the corpus's order. */
    public record Family(List<Article> articles, List<Passage> passages) {
        public Family {
            articles = List.copyOf(articles);
            passages = List.copyOf(passages);
        }
    }

    private ReuseFamilies() {
    }

    /**
     * The families of the corpus, ordered by their least article id. Articles without passages belong to no
     * family.
     *
     * @throws IllegalArgumentException if ids repeat or a passage names an article that is not given
     */
    public static List<Family> of(List<Article> articles, List<Passage> passages) {
        Map<String, Article> byId = new HashMap<>();
        for (Article a : articles) {
            if (byId.put(a.id(), a) != null) {
                throw new IllegalArgumentException("article id given twice: " + a.id());
            }
        }
        UnionFind families = new UnionFind();
        for (Passage p : passages) {
            for (String id : List.of(p.a(), p.b())) {
                if (!byId.containsKey(id)) {
                    throw new IllegalArgumentException("passage names an article that is not given: " + id);
                }
            }
            families.union(p.a(), p.b());
        }
        // A family is named by its least id (the union-find's representative), so the order below does not
        // depend on the order of the unions.
        Map<String, List<Passage>> passagesOf = new TreeMap<>();
        for (Passage p : passages) {
            passagesOf.computeIfAbsent(families.find(p.a()), k -> new ArrayList<>()).add(p);
        }
        Map<String, List<Article>> articlesOf = new HashMap<>();
        for (Article a : articles) {
            if (families.contains(a.id())) {
                articlesOf.computeIfAbsent(families.find(a.id()), k -> new ArrayList<>()).add(a);
            }
        }
        List<Family> out = new ArrayList<>(passagesOf.size());
        passagesOf.forEach((key, familyPassages) -> {
            List<Article> members = articlesOf.get(key);
            members.sort(Comparator.comparing(Article::id));
            out.add(new Family(members, familyPassages));
        });
        return out;
    }

    /** The families' results as one: edges sorted by {@code (target, source)}, lost sources by id. */
    public static Provenance merge(List<Provenance> parts) {
        List<Edge> edges = new ArrayList<>();
        List<LostSource> lost = new ArrayList<>();
        for (Provenance p : parts) {
            edges.addAll(p.edges());
            lost.addAll(p.lostSources());
        }
        edges.sort(Comparator.comparing(Edge::target).thenComparing(Edge::source));
        lost.sort(Comparator.comparing(LostSource::id));
        return new Provenance(edges, lost);
    }
}
