package org.stemma.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stemma.model.Article;
import org.stemma.model.Claim;
import org.stemma.model.Edit;
import org.stemma.model.EditOp;
import org.stemma.model.Event;
import org.stemma.model.Passage;
import org.stemma.model.Quote;
import org.stemma.model.QuoteGroup;
import org.stemma.model.Span;
import org.stemma.model.Story;
import org.stemma.quotes.Tokens.Tok;

/**
 * The indexed claim matrix and quotation grouper equal the references that compare every pair
 * ({@link ReferenceClaimMatrixBuilder}, {@link ReferenceQuoteGrouper}) on invented corpora of few words, where
 * many sentences and quotations share words, one speaker is quoted often and common words pass the caps.
 */
class IndexedEqualsReferenceTest {
    private static final List<String> WORDS = List.of("harbour", "plan", "bridge", "council", "fishing", "rain",
            "flood", "defences", "ferry", "tickets", "pupils", "summer", "repairs", "weeks", "mayor", "budget",
            "road", "school", "the", "and", "of", "would", "was", "a", "to", "ruin", "build", "close", "open",
            "cheap");
    private static final List<String> SPEAKERS = List.of("Anna Berg", "Berg", "Tom Lind", "the mayor", "officials",
            "Mr. Lind", "she");

    private static String words(Random random, int n, boolean capital) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < n; k++) {
            String w = WORDS.get(random.nextInt(WORDS.size()));
            if (k == 0 && capital) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            b.append(k == 0 ? "" : " ").append(w);
        }
        return b.toString();
    }

    private static List<Article> corpus(Random random, int articles) {
        List<Article> out = new ArrayList<>();
        List<String> told = new ArrayList<>();
        for (int a = 0; a < articles; a++) {
            StringBuilder text = new StringBuilder();
            int sentences = 3 + random.nextInt(8);
            for (int s = 0; s < sentences; s++) {
                String speaker = SPEAKERS.get(random.nextInt(SPEAKERS.size()));
                String sentence = switch (random.nextInt(4)) {
                    case 0 -> "\"" + words(random, 4 + random.nextInt(8), true) + ",\" " + speaker + " said.";
                    case 1 -> Character.toUpperCase(speaker.charAt(0)) + speaker.substring(1) + " said that "
                            + words(random, 4 + random.nextInt(8), false) + ".";
                    default -> words(random, 4 + random.nextInt(10), true) + ".";
                };
                if (!told.isEmpty() && random.nextBoolean()) {
                    // a sentence told before, maybe with one word changed
                    String before = told.get(random.nextInt(told.size()));
                    String other = WORDS.get(random.nextInt(WORDS.size()));
                    sentence = random.nextBoolean() ? before : before.replaceFirst(" [a-z]+ ", " " + other + " ");
                }
                told.add(sentence);
                text.append(s == 0 ? "" : random.nextInt(5) == 0 ? "\n" : " ").append(sentence);
            }
            Optional<LocalDate> date = random.nextInt(4) == 0 ? Optional.empty()
                    : Optional.of(LocalDate.of(2026, 1, 1).plusDays(random.nextInt(5)));
            out.add(QuoteFixtures.article(String.format("a%02d", a), text.toString(), "en", date));
        }
        return out;
    }

    @Test
    void theClaimMatrixEqualsThePairwiseReference() {
        Map<ClaimConfig, Integer> made = new HashMap<>();
        for (int seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            List<Article> articles = corpus(random, 12 + random.nextInt(20));
            List<Event> events = new ArrayList<>();
            for (int e = 0; e < 4; e++) {
                List<String> members = new ArrayList<>(List.of(articles.get(e).id()));
                for (Article a : articles) {
                    if (random.nextInt(3) == 0) {
                        members.add(a.id());
                    }
                }
                events.add(new Event("e" + e, "s" + (e % 2), members));
            }
            List<Story> stories = List.of(new Story("s1", List.of("e1", "e3")), new Story("s0", List.of("e0", "e2")));
            for (ClaimConfig config : List.of(ClaimConfig.defaults(), new ClaimConfig(3, 0.4, 6, 12),
                    new ClaimConfig(2, 0.3, 200, 8))) {
                List<Claim> expected = new ReferenceClaimMatrixBuilder(config).build(articles, events, stories);
                List<Claim> actual = new SentenceClaimMatrixBuilder(config).build(articles, events, stories);
                made.merge(config, expected.size(), Integer::sum);
                assertEquals(expected, actual, "seed " + seed + ", " + config);
            }
        }
        made.forEach((config, n) -> assertTrue(n > 0, config + " made nothing, so it tests nothing"));
    }

    @Test
    void theQuotationGroupsEqualThePairwiseReference() {
        Map<QuoteGroupConfig, Integer> made = new HashMap<>();
        RuleQuoteExtractor extractor = new RuleQuoteExtractor();
        for (int seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            List<Article> articles = corpus(random, 10 + random.nextInt(20));
            List<Quote> quotes = new ArrayList<>();
            for (Article a : articles) {
                quotes.addAll(extractor.extract(a));
            }
            Collections.shuffle(quotes, random);
            List<Passage> passages = new ArrayList<>();
            for (int p = 0; p < 3 * articles.size(); p++) {
                Article x = articles.get(random.nextInt(articles.size()));
                Article y = articles.get(random.nextInt(articles.size()));
                if (x.id().compareTo(y.id()) < 0) {
                    passages.add(passage(random, x, y));
                }
            }
            for (QuoteGroupConfig config : List.of(QuoteGroupConfig.defaults(), new QuoteGroupConfig(4, 0.1, 2, 0.3, 80))) {
                List<QuoteGroup> expected = new ReferenceQuoteGrouper(config).group(articles, quotes, passages);
                List<QuoteGroup> actual = new AlignedQuoteGrouper(config).group(articles, quotes, passages);
                made.merge(config, expected.size(), Integer::sum);
                assertEquals(expected, actual, "seed " + seed + ", " + config);
            }
        }
        made.forEach((config, n) -> assertTrue(n > 0, config + " made nothing, so it tests nothing"));
    }

    @Test
    void collapsedSpacesEqualTheRegularExpression() {
        Random random = new Random(5);
        String alphabet = " \t\n\r\f\u000Bab\u00A0\u2003";
        for (int round = 0; round < 5_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertEquals(s.replaceAll("\\s+", " "), AlignedQuoteGrouper.collapseSpaces(s), "round " + round);
        }
    }

    /** A passage of word edits in order through both articles; one in four has its edits shuffled. */
    private static Passage passage(Random random, Article x, Article y) {
        List<Tok> a = Tokens.of(x.text(), 0, x.text().length()).stream().filter(Tok::word).toList();
        List<Tok> b = Tokens.of(y.text(), 0, y.text().length()).stream().filter(Tok::word).toList();
        int i = random.nextInt(a.size() / 2);
        int j = random.nextInt(b.size() / 2);
        List<Edit> edits = new ArrayList<>();
        while (i < a.size() && j < b.size() && edits.size() < 40) {
            Span sa = new Span(a.get(i).start(), a.get(i).end());
            Span sb = new Span(b.get(j).start(), b.get(j).end());
            switch (random.nextInt(6)) {
                case 0 -> edits.add(new Edit(EditOp.SUBSTITUTE, sa, sb));
                case 1 -> {
                    edits.add(new Edit(EditOp.DELETE, sa, Span.at(sb.start())));
                    j--;
                }
                case 2 -> {
                    edits.add(new Edit(EditOp.INSERT, Span.at(sa.start()), sb));
                    i--;
                }
                default -> edits.add(new Edit(EditOp.EQUAL, sa, sb));
            }
            i++;
            j++;
        }
        if (random.nextInt(4) == 0) {
            Collections.shuffle(edits, random);
        }
        int aStart = edits.stream().mapToInt(e -> e.a().start()).min().orElseThrow();
        int aEnd = edits.stream().mapToInt(e -> e.a().end()).max().orElseThrow();
        int bStart = edits.stream().mapToInt(e -> e.b().start()).min().orElseThrow();
        int bEnd = edits.stream().mapToInt(e -> e.b().end()).max().orElseThrow();
        return new Passage(x.id(), y.id(), new Span(aStart, aEnd), new Span(bStart, bEnd), 0.5, edits);
    }
}
