package org.stemma.provenance;

import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stemma.fingerprint.WordTokenizer;
import org.stemma.model.Article;
import org.stemma.model.DateBasis;
import org.stemma.model.Edge;
import org.stemma.model.LostSource;
import org.stemma.model.Passage;
import org.stemma.model.PublicationDate;
import org.stemma.model.Span;

/**
 * Builds provenance by weighing evidence per pair, then choosing each reuse family's tree as a whole.
 *
 * <p><b>Per pair.</b> Passages shorter than {@link ProvenanceConfig#minPassageWords()} on either side (unless
 * one is nearly all of an article: a brief taken whole), and passages that lie mostly inside quotation marks on
 * both sides (a shared quotation of one speaker), are dropped; a pair with none left has no link. When both
 * sides have at least {@link ProvenanceConfig#minUniqueWords()} words (and
 * {@link ProvenanceConfig#minUniqueShare()} of the shared words) of material the other lacks, the pair is read
 * as two witnesses of a lost common source; so it is when one side has that much between passages the two
 * share (a paragraph the other dropped) and the other has an opening of
 * {@link ProvenanceConfig#minSiblingSplitWords()} words that the first lacks. Material about something else
 * does not count: a run one side lacks of which under
 * {@link ProvenanceConfig#minCohesion()} of the content words occur elsewhere in the two texts (lexical
 * cohesion) is a copier's insertion (commentary on another matter, a lead or blurb from another report), not
 * a part of the story the other copy cut. Otherwise signed votes decide the direction: dates (unknown dates do
 * not vote), containment, a trimmed tail, credit lines, short cuts inside sentences, and such insertions (the
 * side that alone has them is the copy). Disagreeing votes cancel, which lowers confidence; the other direction
 * keeps a small confidence so that the family's tree may still take it.
 *
 * <p><b>Per family</b> (articles connected by links). A pair is read as two witnesses of a lost source after
 * all when it and a third article form a mutual split ({@link SharedVariants#findMutualSplit}: each of the
 * three lacks at least {@link ProvenanceConfig#minSiblingSplitWords()} words the other two share, so they are
 * siblings). Lost-source readings are joined into groups, one
 * candidate {@link LostSource} each. Every pair gives a candidate edge in both directions, weighted by the
 * pair's link times the share of the target it explains, less a closeness term (the source's words and
 * credit lines the target lacks), less a direction cost that
 * grows as the pair's votes turn against the edge ({@link ProvenanceConfig#directionCost()}; a credit naming
 * the source earns it back, unless another article linked to the target, not stated to be published after
 * it, carries the same credit, worded alike when both stand on credit lines; between parents that explain the
 * target alike, the credited one wins), less
 * {@link ProvenanceConfig#betweenPenalty()} when {@link SharedVariants} put another article between its ends,
 * unless stated dates put that article after the target (it cannot be the target's ancestor), or when the
 * target has a twin against the source (same edits, none besides) stated to be published before it (unless the
 * twin credits the target's outlet: then it is the target's copy, whatever date it states), and again
 * when a third article splits them (sides with each against the other) or orphans the source's additions (lacks,
 * with the target, words the source has inside the text the two share, while it has source's words the target
 * lacks: the target would have cut exactly what the source added); neither penalty applies when the target's
 * own credit (not passed on) names the source: what a text says it copied outweighs what the texts lack. A
 * pair of which each lacks short runs of the other's words inside sentences loses the same penalty in both
 * directions: each cut what the other kept, so neither copied the other.
 * The tree is the maximum spanning arborescence under a virtual root ({@link MaximumArborescence}; Chu and Liu
 * 1965, Edmonds 1967), so roots, lost sources and parents are chosen together, without cycles and with one
 * parent per article; a lost source left with fewer than two witnesses is dropped and the tree chosen again.
 * A second parent is kept only when an edge is at least {@link ProvenanceConfig#secondParentConfidence()}
 * confident and explains at least {@link ProvenanceConfig#secondParentNewCoverage()} of the target that its
 * parent does not.
 *
 * <p>Immutable and thread-safe; deterministic: inputs are sorted and ties broken by id.
 */
public final class EvidenceProvenanceBuilder implements ProvenanceBuilder {
    private final ProvenanceConfig config;
    private final WordTokenizer tokenizer = new WordTokenizer();
    private final CreditLineExtractor creditLines;
    private final PairReader pairReader;

    public EvidenceProvenanceBuilder(ProvenanceConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("config is null; use ProvenanceConfig.defaults()");
        }
        this.config = config;
        this.creditLines = new CreditLineExtractor(config.maxCreditScanChars());
        this.pairReader = new PairReader(config);
    }

    @Override
    public Provenance build(List<Article> articles, List<Passage> passages) {
        Map<String, Article> byId = new TreeMap<>();
        for (Article a : articles) {
            if (byId.put(a.id(), a) != null) {
                throw new IllegalArgumentException("article id given twice: " + a.id());
            }
        }
        Map<String, List<Passage>> byPair = new TreeMap<>();
        for (Passage p : passages) {
            for (String id : List.of(p.a(), p.b())) {
                if (!byId.containsKey(id)) {
                    throw new IllegalArgumentException("passage names an article that is not given: " + id);
                }
            }
            byPair.computeIfAbsent(p.a() + '\u0000' + p.b(), k -> new ArrayList<>()).add(p);
        }
        Map<String, ArticleProfile> profiles = new TreeMap<>();
        List<PairReading> readings = new ArrayList<>();
        for (List<Passage> pair : byPair.values()) {
            pair.sort(Comparator.comparing(Passage::inA).thenComparing(Passage::inB));
            ArticleProfile a = profiles.computeIfAbsent(pair.get(0).a(), id -> profile(byId.get(id)));
            ArticleProfile b = profiles.computeIfAbsent(pair.get(0).b(), id -> profile(byId.get(id)));
            pairReader.read(a, b, pair).ifPresent(readings::add);
        }

        UnionFind families = new UnionFind();
        for (PairReading r : readings) {
            families.union(r.a().id(), r.b().id());
        }
        Map<String, List<PairReading>> readingsByFamily = new TreeMap<>();
        for (PairReading r : readings) {
            readingsByFamily.computeIfAbsent(families.find(r.a().id()), k -> new ArrayList<>()).add(r);
        }
        List<Edge> edges = new ArrayList<>();
        List<LostSource> lost = new ArrayList<>();
        for (List<PairReading> family : readingsByFamily.values()) {
            resolveFamily(family, edges, lost);
        }
        edges.sort(Comparator.comparing(Edge::target).thenComparing(Edge::source));
        lost.sort(Comparator.comparing(LostSource::id));
        return new Provenance(edges, lost);
    }

    private ArticleProfile profile(Article article) {
        return new ArticleProfile(article, tokenizer, creditLines);
    }

    /** A possible edge and what it explains of its target. */
    /** The least weight of an edge whose target credits its source's outlet (see {@link #candidate}). */
    private static final double CREDITED_FLOOR = 1e-3;
    /** What a credit adds to an edge's weight to break a tie; far below any difference evidence makes. */
    private static final double CREDITED_TIE = 1e-6;

    private record Candidate(String source, String target, double confidence, double weight,
                             ArticleProfile targetProfile, List<Span> targetCovered, List<String> evidence,
                             boolean lostWitness) {
    }

    private void resolveFamily(List<PairReading> readFamily, List<Edge> edges, List<LostSource> lostOut) {
        SharedVariants variants = new SharedVariants(readFamily, config.minVariantWords(), config.variantTolerance());
        // Three articles of which each lacks a sentence or more that the other two share are siblings: their
        // pairs are witnesses of a common source however little each kept of its own (a short story whose
        // copies each dropped a short paragraph). A present common source still takes them below.
        List<PairReading> family = new ArrayList<>();
        for (PairReading r : readFamily) {
            // Only copies are siblings: a rewrite is no witness (see PairReader#copies).
            Optional<String> third = r.lost() ? Optional.empty()
                    : variants.findMutualSplit(r.a().id(), r.b().id(), config.minSiblingSplitWords())
                            .filter(x -> PairReader.copies(r.a(), r.equalIn(r.a()), r.explainedIn(r.a())));
            family.add(third.isEmpty() ? r : r.asWitnesses(config.lostSourceConfidence(), "siblings: "
                    + r.a().id() + ", " + r.b().id() + " and " + third.get()
                    + " each lack words the other two share, so none of the three copied another"));
        }
        Set<PairReading> presentParent = withPresentCommonSource(family);
        UnionFind groups = new UnionFind();
        for (PairReading r : family) {
            if (r.lost() && !presentParent.contains(r)) {
                groups.union(r.a().id(), r.b().id());
            }
        }
        Map<String, List<PairReading>> lostByGroup = new TreeMap<>();
        for (PairReading r : family) {
            if (r.lost() && !presentParent.contains(r)) {
                lostByGroup.computeIfAbsent(LostSource.PREFIX + groups.find(r.a().id()), k -> new ArrayList<>())
                        .add(r);
            }
        }
        // Choose the tree; a lost source the tree gives fewer than two witnesses explains nothing the present
        // articles do not, so it is dropped and the tree chosen again without it.
        Map<String, Candidate> chosen;
        Map<String, List<String>> witnessesOf;
        while (true) {
            List<Candidate> candidates = candidates(family, lostByGroup, variants);
            chosen = tree(family, lostByGroup.keySet(), candidates);
            witnessesOf = new TreeMap<>();
            for (String lostId : lostByGroup.keySet()) {
                witnessesOf.put(lostId, new ArrayList<>());
            }
            for (Candidate c : chosen.values()) {
                if (c.lostWitness()) {
                    witnessesOf.get(c.source()).add(c.target());
                }
            }
            boolean pruned = witnessesOf.entrySet().removeIf(e -> e.getValue().size() < 2);
            if (!pruned) {
                break;
            }
            lostByGroup.keySet().retainAll(witnessesOf.keySet());
        }
        Map<String, String> lostIds = new HashMap<>();
        for (Map.Entry<String, List<String>> e : witnessesOf.entrySet()) {
            List<String> witnesses = e.getValue();
            witnesses.sort(null);
            String id = LostSource.PREFIX + witnesses.get(0);
            lostIds.put(e.getKey(), id);
            lostOut.add(lostSource(id, lostByGroup.get(e.getKey()), witnesses));
        }

        Map<String, List<String>> parents = new HashMap<>();
        Map<String, List<Span>> explained = new HashMap<>();
        for (Candidate c : chosen.values()) {
            parents.computeIfAbsent(c.target(), k -> new ArrayList<>()).add(c.source());
            explained.put(c.target(), c.targetCovered());
        }
        // A second parent: a merge of two sources, taken only on strong evidence of much new text.
        List<Candidate> rest = new ArrayList<>(candidates(family, lostByGroup, variants));
        rest.removeIf(c -> c.source().startsWith(LostSource.PREFIX));
        List<Candidate> kept = new ArrayList<>(chosen.values());
        for (Candidate c : rest) {
            List<String> existing = parents.getOrDefault(c.target(), List.of());
            if (existing.isEmpty() || existing.contains(c.source()) || reaches(parents, c.source(), c.target())
                    || c.confidence() < config.secondParentConfidence()) {
                continue;
            }
            List<Span> already = explained.get(c.target());
            List<Span> all = new ArrayList<>(already);
            all.addAll(c.targetCovered());
            int added = c.targetProfile().words(ArticleProfile.union(all)) - c.targetProfile().words(already);
            double newShare = c.targetProfile().words() == 0 ? 0 : (double) added / c.targetProfile().words();
            if (newShare < config.secondParentNewCoverage()) {
                continue;
            }
            parents.get(c.target()).add(c.source());
            explained.put(c.target(), ArticleProfile.union(all));
            kept.add(c);
        }
        for (Candidate c : kept) {
            String source = lostIds.getOrDefault(c.source(), c.source());
            List<String> evidence = new ArrayList<>();
            for (String reason : c.evidence()) {
                // Lost sources are named by their final witnesses only once the tree is chosen.
                for (Map.Entry<String, String> e : lostIds.entrySet()) {
                    reason = reason.replaceAll(Pattern.quote(e.getKey()) + "(?![\\w.-])",
                            Matcher.quoteReplacement(e.getValue()));
                }
                evidence.add(reason);
            }
            edges.add(new Edge(source, c.target(), round(c.confidence()), evidence));
        }
    }

    /**
     * Every possible edge of a family: each linked pair in both directions (the direction its votes favour
     * with the pair's confidence, the other with what the votes leave of the floor), and each lost source to
     * its witnesses and to the articles that share only its text.
     */
    private List<Candidate> candidates(List<PairReading> family, Map<String, List<PairReading>> lostByGroup,
                                       SharedVariants variants) {
        List<Candidate> candidates = new ArrayList<>();
        // For each witness: its lost source's id, and the part of its text the other witnesses also have.
        Map<String, String> lostOf = new HashMap<>();
        Map<String, List<Span>> commonInWitness = new HashMap<>();
        for (Map.Entry<String, List<PairReading>> e : lostByGroup.entrySet()) {
            candidates.addAll(lostCandidates(e.getKey(), e.getValue()));
            for (PairReading r : e.getValue()) {
                for (ArticleProfile w : List.of(r.a(), r.b())) {
                    lostOf.put(w.id(), e.getKey());
                    List<Span> all = new ArrayList<>(commonInWitness.getOrDefault(w.id(), List.of()));
                    all.addAll(r.explainedIn(w));
                    commonInWitness.put(w.id(), ArticleProfile.union(all));
                }
            }
        }
        Map<String, List<ArticleProfile>> linked = new HashMap<>();
        Map<String, ArticleProfile> profiles = new HashMap<>();
        for (PairReading r : family) {
            linked.computeIfAbsent(r.a().id(), k -> new ArrayList<>()).add(r.b());
            linked.computeIfAbsent(r.b().id(), k -> new ArrayList<>()).add(r.a());
            profiles.put(r.a().id(), r.a());
            profiles.put(r.b().id(), r.b());
        }
        for (PairReading r : family) {
            if (r.lost()) {
                continue;
            }
            candidate(r, r.source(), r.target(), r.confidence(), r.evidence(), lostOf, commonInWitness, variants,
                    linked).ifPresent(candidates::add);
            if (r.reverseConfidence() > 0) {
                candidate(r, r.target(), r.source(), r.reverseConfidence(), r.reverseEvidence(), lostOf,
                        commonInWitness, variants, linked).ifPresent(candidates::add);
            }
        }
        // Between parents the evidence cannot tell apart (an original and its verbatim copy explain a third copy
        // alike), the one stated first: a copy is taken from the original unless something shows it came through
        // an intermediate (an edit of the intermediate's own that it shares), as a wire story's many
        // republishers take it from the wire. The tree takes the first of equal arcs.
        candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.weight())
                .thenComparingDouble(c -> -c.confidence())
                .thenComparing(c -> stated(profiles.get(c.source())), STATED_FIRST)
                .thenComparing(Candidate::target).thenComparing(Candidate::source));
        return candidates;
    }

    private Optional<Candidate> candidate(PairReading r, ArticleProfile source, ArticleProfile target,
                                          double confidence, List<String> evidence, Map<String, String> lostOf,
                                          Map<String, List<Span>> commonInWitness, SharedVariants variants,
                                          Map<String, List<ArticleProfile>> linked) {
        // Weigh a parent by how much of the target it explains: the words both have, not the target's
        // own insertions inside the shared extent, so the nearest ancestor wins over an older one; and,
        // among parents explaining as much, by how little of their own the target left out. The direction
        // votes cost the edge as they turn against it, added rather than multiplied: a copy identical to its
        // parent has no votes either way, yet is nearer than any ancestor whose differences order the pair.
        // A word the parent has only in another form is not explained by it: of a source and a rewrite of it,
        // the target's parent is the one with its wording (a copy cannot restore the words a rewrite replaced).
        List<Span> covered = r.explainedIn(target);
        double weight = r.link() * (share(target, r.equalIn(target))
                - config.closenessWeight() * (1 - share(source, r.explainedIn(source)))
                - config.closenessWeight() * droppedCreditShare(source, target)
                - config.directionCost() * (1 - r.votesFor(source)) / 2);
        String lostId = lostOf.get(source.id());
        if (lostId != null && !lostId.equals(lostOf.get(target.id()))) {
            List<Span> inherited = r.explainedIn(source);
            int own = source.words(inherited)
                    - source.words(ArticleProfile.intersect(inherited, commonInWitness.get(source.id())));
            if (own < config.minInheritedWords()) {
                // The target has nothing of the witness's own: its text is the lost source's.
                List<String> because = new ArrayList<>();
                because.add("lost source: shares only text the witnesses of " + lostId + " have in common ("
                        + own + " words of " + source.id() + "'s own)");
                because.addAll(evidence);
                double lostConfidence = confidence * config.lostSourceConfidence();
                return Optional.of(new Candidate(lostId, target.id(), lostConfidence,
                        lostConfidence * share(target, covered), target, covered, because, false));
            }
        }
        // A credit line the target words itself names the article it took its text from. Shared variants
        // are inferred from what the texts lack, and two copies that each cut the story's end lack the same
        // words without either having copied the other: against the target's own word they do not count.
        boolean credited = PairReader.credits(target, source).isPresent();
        boolean ownCredit = credited && !creditPassedOn(source, target, linked);
        Optional<SharedVariants.Between> between = variants.findBetween(source.id(), target.id());
        List<String> because = new ArrayList<>();
        Optional<ArticleProfile> laterMiddle = between.flatMap(b -> datedAfter(b.x(), target, linked));
        boolean betweenCharged = between.isPresent() && !ownCredit && laterMiddle.isEmpty();
        if (between.isPresent()) {
            weight -= betweenCharged ? config.betweenPenalty() : 0;
            because.add(between.get().describe() + (ownCredit ? ", outweighed by the target's own credit"
                    : laterMiddle.isPresent() ? ", but " + laterMiddle.get().id() + " is dated after the target"
                    : ", against this edge"));
        } else {
            variants.findSupport(source.id(), target.id()).ifPresent(b -> because.add(b.describe()));
        }
        if (!ownCredit && !betweenCharged) {
            // A twin (same edits against the source, none besides) stated to be published before the target
            // is the target's parent rather than its sibling: a chain of copies is one set of edits made once,
            // two copies of the source that cut and changed it alike would be a coincidence. Without an order
            // of stated dates the twins' own order is a coin toss, and a chain guessed the wrong way round
            // costs both of them their parent, so then the source stays as good a parent of each.
            Optional<ArticleProfile> earlierTwin = earlierTwin(source, target, variants, linked);
            if (earlierTwin.isPresent()) {
                weight -= config.betweenPenalty();
                because.add("twins: " + earlierTwin.get().id() + " has the same edits against " + source.id()
                        + " and no others, and is dated before the target, so it lies between them, against this"
                        + " edge");
            }
        }
        // A third article that splits the pair, or else orphans the source's additions: what the source added
        // inside the story the target lacks, and so does an article that has the source's words the target
        // lacks, so the target would have had to cut exactly the source's additions (a split for this direction
        // only: read the other way, the source added to the target's text).
        Optional<String> thirdSaysNo = variants.findSplit(source.id(), target.id())
                .map(SharedVariants.Split::describe)
                .or(() -> variants.findOrphan(source.id(), target.id()).map(SharedVariants.Orphan::describe));
        if (thirdSaysNo.isPresent()) {
            weight -= ownCredit ? 0 : config.betweenPenalty();
            because.add(thirdSaysNo.get() + (ownCredit ? ", outweighed by the target's own credit"
                    : ", against this edge"));
        }
        if (r.cutsFrom(target) > 0 && r.cutsFrom(source) > 0) {
            // Each lacks short runs of the other's words inside sentences: each cut what the other kept, and a
            // copy cannot restore words its source had already cut, so neither copied the other. A split
            // within the pair itself, needing no third article.
            weight -= config.betweenPenalty();
            because.add(String.format(Locale.ROOT, "cuts: each lacks short runs of the other's words inside "
                    + "sentences (source %d, target %d), so neither copied the other, against this edge",
                    r.cutsFrom(target), r.cutsFrom(source)));
        }
        if (ownCredit) {
            // A credit names the source: beyond ordering the pair (its vote), it says which article the target
            // took its text from, so it is worth the whole direction cost again: a rewrite that keeps little
            // of the wire report it credits still hangs on the wire, not on another copy of it.
            weight += r.link() * config.directionCost();
        }
        if (weight <= 0 && credited) {
            // The target names the source's outlet and shares its text: the text itself says it reused it,
            // so "no parent" never explains it better, however little of the source it kept or whatever
            // shared variants say of a third article (a rewrite that
            // keeps a quotation and credits the wire). Just above a root's 0, so any better parent still wins.
            weight = CREDITED_FLOOR;
        }
        if (credited) {
            // Between parents that explain the target equally (a source and its verbatim copy), the one the
            // target credits, even by a credit it may have taken over: it names that article's outlet.
            weight += CREDITED_TIE;
        }
        because.addAll(evidence);
        return Optional.of(new Candidate(source.id(), target.id(), confidence, weight, target, covered, because,
                false));
    }

    /** A twin of {@code target} against {@code source} (see {@link SharedVariants#twinsAgainst}) stated earlier. */
    private static Optional<ArticleProfile> earlierTwin(ArticleProfile source, ArticleProfile target,
                                                        SharedVariants variants,
                                                        Map<String, List<ArticleProfile>> linked) {
        List<String> twins = variants.twinsAgainst(source.id(), target.id());
        for (ArticleProfile x : linked.getOrDefault(target.id(), List.of())) {
            // A twin that credits the target's outlet descends from the target, whatever date it states: a
            // credit says where a text came from, a stated date may be misread.
            if (twins.contains(x.id()) && statedBefore(x, target) && PairReader.credits(x, target).isEmpty()) {
                return Optional.of(x);
            }
        }
        return Optional.empty();
    }

    /**
     * The article {@code middle}, linked to {@code target}, when both have a stated date and the target's is
     * the earlier: then the middle article cannot lie between the target and its source (the target would have
     * to be its copy), and the variants the two share are edits both made alike, such as a cut of the same
     * end. Inferred dates come from other evidence and do not rule a chain out.
     */
    private static Optional<ArticleProfile> datedAfter(String middle, ArticleProfile target,
                                                       Map<String, List<ArticleProfile>> linked) {
        for (ArticleProfile x : linked.getOrDefault(target.id(), List.of())) {
            if (x.id().equals(middle)) {
                return statedBefore(target, x) ? Optional.of(x) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Stated dates in time order (a date without a time at the day's start), articles without one last. */
    private static final Comparator<Optional<LocalDateTime>> STATED_FIRST =
            Comparator.comparing((Optional<LocalDateTime> d) -> d.isEmpty())
                    .thenComparing(d -> d.orElse(LocalDateTime.MIN));

    /** {@code p}'s stated date; empty for an unknown or inferred date and for a lost source ({@code null}). */
    private static Optional<LocalDateTime> stated(ArticleProfile p) {
        if (p == null || p.article.date().basis() != DateBasis.STATED) {
            return Optional.empty();
        }
        return p.article.date().dateTime();
    }

    /** Whether both articles state their dates and {@code first}'s is the earlier. */
    private static boolean statedBefore(ArticleProfile first, ArticleProfile second) {
        PublicationDate f = first.article.date();
        PublicationDate s = second.article.date();
        return f.basis() == DateBasis.STATED && s.basis() == DateBasis.STATED && f.isBefore(s);
    }

    /**
     * Whether another article linked to {@code target} credits {@code source}'s outlet too. Copies pass their
     * parent's credit line on with its text, so the target may have its credit from that article: the credit
     * then names an ancestor, not necessarily the parent, and orders the pair (its vote) without choosing the
     * source over the article that carries the same credit.
     */
    private static boolean creditPassedOn(ArticleProfile source, ArticleProfile target,
                                          Map<String, List<ArticleProfile>> linked) {
        Optional<Credit> own = PairReader.credits(target, source);
        boolean ownOnLine = own.isPresent() && !target.creditLineText(own.get()).isEmpty();
        for (ArticleProfile other : linked.getOrDefault(target.id(), List.of())) {
            if (other == source || statedBefore(target, other)) {
                // an article published after the target cannot have passed its credit on to it
                continue;
            }
            Optional<Credit> theirs = PairReader.credits(other, source);
            // A credit line is passed on word for word with the text it stands in; a credit the target words
            // otherwise (or gives in running text where the other has a line) is the target's own, and names
            // the article it took its text from.
            if (theirs.isPresent() && (!ownOnLine || target.hasCreditLineOf(other, theirs.get()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The share of the source's text, counting its credit lines, that is credit lines the target does not
     * carry. Credit lines are left out of the words that measure closeness (they are not the story), but a
     * copy keeps its source's credit line or replaces it with its own: a candidate parent with a credit line
     * the target lacks is that much farther from the target than the same text without it, which is what
     * tells an original from its copy that only added a credit line.
     */
    private static double droppedCreditShare(ArticleProfile source, ArticleProfile target) {
        int lacked = source.creditLineWordsLackedBy(target);
        return lacked == 0 ? 0 : (double) lacked / (source.words() + lacked);
    }

    /**
     * The family's tree: a maximum spanning arborescence over the candidates below a virtual root, whose arc
     * to an article (weight 0) makes it a root and whose arc to a lost source is the only way into one. A
     * candidate of negative weight explains less than it leaves unexplained and loses to being a root. Returns
     * each article's chosen incoming candidate (roots have none).
     */
    private static Map<String, Candidate> tree(List<PairReading> family, Set<String> lostIds,
                                               List<Candidate> candidates) {
        Set<String> ids = new TreeSet<>(lostIds);
        for (PairReading r : family) {
            ids.add(r.a().id());
            ids.add(r.b().id());
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>();
        names.add("");
        for (String id : ids) {
            index.put(id, names.size());
            names.add(id);
        }
        List<MaximumArborescence.Arc> arcs = new ArrayList<>();
        for (int v = 1; v < names.size(); v++) {
            arcs.add(new MaximumArborescence.Arc(0, v, 0));
        }
        for (Candidate c : candidates) {
            arcs.add(new MaximumArborescence.Arc(index.get(c.source()), index.get(c.target()), c.weight()));
        }
        int[] entering = MaximumArborescence.solve(names.size(), 0, arcs);
        Map<String, Candidate> chosen = new TreeMap<>();
        for (int v = 1; v < names.size(); v++) {
            int arc = entering[v] - names.size() + 1;
            if (arc >= 0) {
                chosen.put(names.get(v), candidates.get(arc));
            }
        }
        return chosen;
    }

    /**
     * Lost-source readings whose two witnesses have a present common source: a third article linked to both
     * by ordinary (not lost) readings that explains as much of each witness as the other witness does. Two copies that each dropped something of an original in the corpus are
     * siblings under it, not witnesses of an unseen text.
     */
    private static Set<PairReading> withPresentCommonSource(List<PairReading> family) {
        Map<String, PairReading> plain = new HashMap<>();
        Map<String, Set<String>> plainLinks = new HashMap<>();
        for (PairReading r : family) {
            if (!r.lost()) {
                plain.put(r.a().id() + '\u0000' + r.b().id(), r);
                plainLinks.computeIfAbsent(r.a().id(), k -> new TreeSet<>()).add(r.b().id());
                plainLinks.computeIfAbsent(r.b().id(), k -> new TreeSet<>()).add(r.a().id());
            }
        }
        Set<PairReading> out = new HashSet<>();
        for (PairReading r : family) {
            if (!r.lost()) {
                continue;
            }
            Set<String> common = new TreeSet<>(plainLinks.getOrDefault(r.a().id(), Set.of()));
            common.retainAll(plainLinks.getOrDefault(r.b().id(), Set.of()));
            for (String p : common) {
                if (covers(plainReading(plain, p, r.a().id()), r, r.a())
                        && covers(plainReading(plain, p, r.b().id()), r, r.b())) {
                    out.add(r);
                    break;
                }
            }
        }
        return out;
    }

    private static PairReading plainReading(Map<String, PairReading> plain, String x, String y) {
        return x.compareTo(y) < 0 ? plain.get(x + '\u0000' + y) : plain.get(y + '\u0000' + x);
    }

    /** Whether {@code byThird} explains at least as much of {@code witness} as its sibling reading does. */
    private static boolean covers(PairReading byThird, PairReading siblings, ArticleProfile witness) {
        return witness.words(byThird.explainedIn(witness)) >= witness.words(siblings.explainedIn(witness));
    }

    /** The lost source {@code id}'s candidate edges to each witness of its group. */
    private List<Candidate> lostCandidates(String id, List<PairReading> group) {
        Map<String, ArticleProfile> witnesses = witnesses(group);
        Optional<String> credited = creditedName(witnesses.values());
        List<Candidate> out = new ArrayList<>();
        for (ArticleProfile w : witnesses.values()) {
            PairReading best = null;
            List<Span> covered = new ArrayList<>();
            for (PairReading r : group) {
                if (r.a() == w || r.b() == w) {
                    covered.addAll(r.coveredIn(w));
                    if (best == null || r.confidence() > best.confidence()) {
                        best = r;
                    }
                }
            }
            List<Span> union = ArticleProfile.union(covered);
            List<String> evidence = new ArrayList<>();
            ArticleProfile other = best.a() == w ? best.b() : best.a();
            int mine = best.a() == w ? best.uniqueA() : best.uniqueB();
            int theirs = best.a() == w ? best.uniqueB() : best.uniqueA();
            evidence.add("lost source: " + w.id() + " and " + other.id()
                    + " each have material the other lacks (" + mine + " and " + theirs + " words)");
            credited.ifPresent(name -> evidence.add("credit: witnesses credit '" + name + "'"));
            evidence.addAll(best.evidence().subList(1, best.evidence().size()));
            out.add(new Candidate(id, w.id(), best.confidence(), best.confidence() * share(w, union), w, union,
                    evidence, true));
        }
        return out;
    }

    private static Map<String, ArticleProfile> witnesses(List<PairReading> group) {
        Map<String, ArticleProfile> witnesses = new TreeMap<>();
        for (PairReading r : group) {
            witnesses.put(r.a().id(), r.a());
            witnesses.put(r.b().id(), r.b());
        }
        return witnesses;
    }

    /** The lost source the tree kept, with the witnesses it gave it, credited and reconstructed from them. */
    private LostSource lostSource(String id, List<PairReading> group, List<String> kept) {
        List<PairReading> among = new ArrayList<>();
        for (PairReading r : group) {
            if (kept.contains(r.a().id()) && kept.contains(r.b().id())) {
                among.add(r);
            }
        }
        if (among.isEmpty()) {
            among = group;
        }
        Map<String, ArticleProfile> witnesses = witnesses(among);
        Map<String, ArticleProfile> keptProfiles = new TreeMap<>(witnesses(group));
        keptProfiles.keySet().retainAll(kept);
        return new LostSource(id, kept, creditedName(keptProfiles.values()), reconstruct(among, witnesses));
    }

    /**
     * A lost source's text: the spans of the witness with most agreed text that another witness also has,
     * in its order, then the spans two other witnesses agree on that this one lacks. Spans closer than
     * {@link ProvenanceConfig#minUniqueWords()} words are joined with the witness's own words between them
     * (a changed word or two is not worth a gap); farther ones by {@link LostSource#GAP}.
     */
    private String reconstruct(List<PairReading> group, Map<String, ArticleProfile> witnesses) {
        Map<String, Map<String, List<Span>>> agreed = new TreeMap<>();
        for (PairReading r : group) {
            agreed.computeIfAbsent(r.a().id(), k -> new TreeMap<>()).put(r.b().id(), r.explainedIn(r.a()));
            agreed.computeIfAbsent(r.b().id(), k -> new TreeMap<>()).put(r.a().id(), r.explainedIn(r.b()));
        }
        String base = null;
        int most = -1;
        for (Map.Entry<String, Map<String, List<Span>>> e : agreed.entrySet()) {
            List<Span> all = new ArrayList<>();
            e.getValue().values().forEach(all::addAll);
            int words = witnesses.get(e.getKey()).words(ArticleProfile.union(all));
            if (words > most) {
                most = words;
                base = e.getKey();
            }
        }
        List<Span> baseSpans = new ArrayList<>();
        agreed.get(base).values().forEach(baseSpans::addAll);
        baseSpans = ArticleProfile.union(baseSpans);
        StringBuilder text = new StringBuilder();
        appendPieces(text, witnesses.get(base), baseSpans);
        String finalBase = base;
        for (Map.Entry<String, Map<String, List<Span>>> e : agreed.entrySet()) {
            if (e.getKey().equals(base)) {
                continue;
            }
            ArticleProfile w = witnesses.get(e.getKey());
            List<Span> others = new ArrayList<>();
            e.getValue().forEach((partner, spans) -> {
                if (!partner.equals(finalBase)) {
                    others.addAll(spans);
                }
            });
            List<Span> withBase = e.getValue().getOrDefault(base, List.of());
            List<Span> extra = new ArrayList<>();
            for (Span s : ArticleProfile.union(others)) {
                for (Span g : ArticleProfile.gaps(s, withBase)) {
                    if (w.words(g) >= config.minUniqueWords()) {
                        extra.add(g);
                    }
                }
            }
            appendPieces(text, w, extra);
        }
        return text.toString();
    }

    /** Appends the merged spans; pieces shorter than a passage are diff noise (a shared "The", a credit). */
    private void appendPieces(StringBuilder text, ArticleProfile witness, List<Span> spans) {
        Span open = null;
        for (Span s : spans) {
            if (open != null && witness.words(Span.of(open.end(), s.start())) < config.minUniqueWords()) {
                open = Span.of(open.start(), s.end());
                continue;
            }
            if (open != null) {
                piece(text, witness, open);
            }
            open = s;
        }
        if (open != null) {
            piece(text, witness, open);
        }
    }

    private void piece(StringBuilder text, ArticleProfile witness, Span span) {
        if (witness.words(span) < config.minPassageWords()) {
            return;
        }
        String piece = span.of(witness.article.text());
        if (text.length() > 0) {
            text.append(LostSource.GAP);
        }
        text.append(piece.strip());
    }

    /**
     * The name the witnesses credit as their source: the one named by the most witnesses through a "source"
     * cue, else one named by two or more witnesses through any cue; never a witness's own outlet.
     */
    private static Optional<String> creditedName(Iterable<ArticleProfile> witnesses) {
        Set<String> own = new HashSet<>();
        for (ArticleProfile w : witnesses) {
            w.article.raw().outlet().map(CreditLineExtractor::key).ifPresent(own::add);
        }
        for (boolean sourceCuesOnly : new boolean[] {true, false}) {
            Map<String, Set<String>> witnessesByKey = new TreeMap<>();
            Map<String, String> nameByKey = new TreeMap<>();
            for (ArticleProfile w : witnesses) {
                for (Credit c : w.credits) {
                    String key = CreditLineExtractor.key(c.name());
                    if ((c.namesSource() || !sourceCuesOnly) && !key.isEmpty() && !own.contains(key)) {
                        witnessesByKey.computeIfAbsent(key, k -> new TreeSet<>()).add(w.id());
                        nameByKey.putIfAbsent(key, c.name());
                    }
                }
            }
            int needed = sourceCuesOnly ? 1 : 2;
            String best = null;
            for (Map.Entry<String, Set<String>> e : witnessesByKey.entrySet()) {
                int n = e.getValue().size();
                if (n >= needed && (best == null || n > witnessesByKey.get(best).size())) {
                    best = e.getKey();
                }
            }
            if (best != null) {
                return Optional.of(nameByKey.get(best));
            }
        }
        return Optional.empty();
    }

    private static double share(ArticleProfile p, List<Span> covered) {
        return p.words() == 0 ? 0 : (double) p.words(covered) / p.words();
    }

    /** Whether {@code to} is {@code from} or one of its ancestors. */
    private static boolean reaches(Map<String, List<String>> parents, String from, String to) {
        Deque<String> todo = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        todo.push(from);
        while (!todo.isEmpty()) {
            String x = todo.pop();
            if (x.equals(to)) {
                return true;
            }
            if (seen.add(x)) {
                parents.getOrDefault(x, List.of()).forEach(todo::push);
            }
        }
        return false;
    }

    /** Confidence rounded so that output is stable under floating-point noise. */
    private static double round(double x) {
        return Math.round(x * CONFIDENCE_SCALE) / (double) CONFIDENCE_SCALE;
    }

    /** Confidences are kept to four decimals: finer differences are noise, and output must be stable. */
    private static final int CONFIDENCE_SCALE = 10_000;
}
