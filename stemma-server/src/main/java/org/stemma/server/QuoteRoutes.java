package org.stemma.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stemma.model.Article;
import org.stemma.model.Claim;
import org.stemma.model.ClaimCell;
import org.stemma.model.Event;
import org.stemma.model.Quote;
import org.stemma.model.QuoteDrift;
import org.stemma.model.QuoteGroup;
import org.stemma.model.Story;
import org.stemma.quotes.AlignedQuoteGrouper;
import org.stemma.quotes.ClaimMatrixBuilder;
import org.stemma.quotes.QuoteExtractor;
import org.stemma.quotes.QuoteGrouper;
import org.stemma.quotes.RuleQuoteExtractor;
import org.stemma.quotes.SentenceClaimMatrixBuilder;
import org.stemma.store.Snapshot;
import org.stemma.store.Store;
import org.stemma.store.StoredArticle;
import org.stemma.store.Storyline;

/**
 * {@code GET /api/quotes?story=ID} or {@code ?article=ID}: the quotations of a storyline's articles (or of one
 * article), grouped across articles, and for a storyline its claim matrix. Computed on demand with the quotes
 * stage over the stored articles and passages (the store keeps no quotes), under the {@link TimeLimit} and for
 * at most {@link ServerConfig#maxQuoteArticles()} articles. Field names follow quotes.jsonl (docs/FORMATS.md).
 */
record QuoteRoutes(Store store, ServerConfig config, TimeLimit limit) {
    private static final QuoteExtractor EXTRACTOR = new RuleQuoteExtractor();
    private static final QuoteGrouper GROUPER = new AlignedQuoteGrouper();
    private static final ClaimMatrixBuilder CLAIMS = new SentenceClaimMatrixBuilder();

    void register(RoutesConfig r) {
        r.get("/api/quotes", this::quotes);
    }

    void quotes(Context ctx) throws Exception {
        Optional<String> story = Optional.ofNullable(ctx.queryParam("story")).filter(v -> !v.isBlank());
        Optional<String> article = Optional.ofNullable(ctx.queryParam("article")).filter(v -> !v.isBlank());
        if (story.isPresent() == article.isPresent()) {
            throw ApiError.badRequest("give exactly one of story=ID or article=ID");
        }
        Json.send(ctx, limit.run("quotes", () -> {
            try (Snapshot s = store.snapshot()) {
                List<String> ids;
                Optional<Storyline> storyline = Optional.empty();
                if (story.isPresent()) {
                    storyline = Optional.of(s.findStoryline(story.get())
                            .orElseThrow(() -> ApiError.notFound("no storyline " + story.get())));
                    ids = storyline.get().events().stream().flatMap(e -> e.articles().stream()).sorted().toList();
                } else {
                    s.findArticle(article.get()).orElseThrow(() -> ApiError.notFound("no article " + article.get()));
                    ids = List.of(article.get());
                }
                if (ids.size() > config.maxQuoteArticles()) {
                    throw ApiError.badRequest("storyline " + story.orElse("") + " has " + ids.size()
                            + " articles; quotes are computed for at most " + config.maxQuoteArticles());
                }
                List<Article> articles = s.articles(ids).stream().map(StoredArticle::article).toList();
                return answer(story, article, articles, s, storyline);
            }
        }));
    }

    private static ObjectNode answer(Optional<String> story, Optional<String> article, List<Article> articles,
                                     Snapshot s, Optional<Storyline> storyline) throws IOException {
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        List<Quote> quotes = new ArrayList<>();
        for (Article a : articles) {
            quotes.addAll(EXTRACTOR.extract(a));
        }
        List<QuoteGroup> groups = GROUPER.group(articles, quotes, s.passagesAmong(byId.keySet()));
        ObjectNode o = Json.object().put("story", story.orElse(null)).put("article", article.orElse(null));
        ArrayNode q = o.putArray("quotes");
        quotes.forEach(x -> quote(q.addObject(), x, byId));
        ArrayNode g = o.putArray("groups");
        for (QuoteGroup group : groups) {
            ObjectNode x = g.addObject().put("id", group.id()).put("speaker", group.speaker().orElse(null))
                    .put("earliest", group.earliest());
            Json.strings(x.putArray("articles"), group.articles());
            Json.strings(x.putArray("outlets"), group.outlets());
            Json.strings(x.putArray("drift"), group.drift().stream().map(QuoteDrift::label).toList());
            Json.strings(x.putArray("changes"), group.changes());
            ArrayNode members = x.putArray("members");
            group.members().forEach(m -> quote(members.addObject(), m, byId));
        }
        ArrayNode c = o.putArray("claims");
        if (storyline.isPresent()) {
            List<Event> events = storyline.get().events();
            Story st = new Story(storyline.get().id(), events.stream().map(Event::id).toList());
            for (Claim claim : CLAIMS.build(articles, events, List.of(st))) {
                ObjectNode x = c.addObject().put("id", claim.id()).put("story", claim.story())
                        .put("reference", claim.reference());
                ArrayNode cells = x.putArray("cells");
                for (ClaimCell cell : claim.cells()) {
                    ObjectNode y = cells.addObject().put("article", cell.articleId()).put("state", cell.state().label());
                    y.put("start", cell.sentence().map(sp -> sp.start()).orElse(null));
                    y.put("end", cell.sentence().map(sp -> sp.end()).orElse(null));
                    Article a = byId.get(cell.articleId());
                    y.put("text", cell.sentence().filter(sp -> a != null).map(sp -> sp.of(a.text())).orElse(null));
                    Json.strings(y.putArray("changes"), cell.changes());
                }
            }
        }
        return o;
    }

    private static void quote(ObjectNode o, Quote q, Map<String, Article> articles) {
        Article a = articles.get(q.articleId());
        o.put("article", q.articleId()).put("start", q.span().start()).put("end", q.span().end())
                .put("kind", q.kind().label()).put("text", a == null ? null : q.span().of(a.text()))
                .put("speaker", q.speakerName().orElse(null));
    }
}
