package org.stemma.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.stemma.model.Article;
import org.stemma.model.RawArticle;

/**
 * Feeds random, empty, huge and odd-Unicode text to the cleaner and checks its invariants: it never throws,
 * every span is in range, body segments are sorted, disjoint and apart from clutter, nothing non-blank is
 * lost, and cleaning is deterministic, also across threads. A failure prints the seed and the escaped input.
 */
class RuleCleanerRandomTest {

    private static final RuleCleaner CLEANER = new RuleCleaner(CleanerConfig.defaults());
    private static final long SEED = Long.getLong("stemma.seed", System.nanoTime());
    private static final int ROUNDS = 300;

    /** Pieces random texts are built from: prose, cue lines, dates, markup, and Unicode that breaks naive code. */
    private static final String[] PIECES = {
        "The council met on Tuesday to discuss the budget.", "Home NEWS WORLD", "Previous articleSome headline",
        "Next post", "4.5 2 votes", "Article Rating", "Reply to Anna", "19-12-21 12:13", "3 hours ago",
        "Anna Berg", "Disclaimer: remove this news", "Read more: Other story", "date 2021-12-18 ",
        "15 Jan. 2022 07:30", "“,” text “:” x “}}”>", "<div class=\"a\">", "&nbsp;", "{\"key\": 1}", "}}\">",
        "HeadlineHeadline", "\n", "\n\n", "\r\n", "\r", " ", "\t", "\u0000", "\u200b", "\u200f", "\u202e",
        "\ufeff", "\u00a0", "\ud83d\ude00", "\ud800", "\udc00", "שלום עולם", "مرحبا بالعالم", "Привет, мир.",
        "日本語のテキスト。", "\uffff", "\ufffd", "....", "::::", "{{", "\"\"\"", "by", "By Jane Doe",
    };

    private static String randomText(Random random) {
        StringBuilder sb = new StringBuilder();
        int pieces = random.nextInt(60);
        for (int i = 0; i < pieces; i++) {
            if (random.nextInt(5) == 0) {
                for (int k = random.nextInt(12); k > 0; k--) {
                    sb.append((char) random.nextInt(Character.MAX_VALUE + 1));
                }
            } else {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
        }
        return sb.toString();
    }

    private static Article cleanChecked(String text, String label) {
        try {
            Article a = CLEANER.clean(RawArticle.ofText("random", text));
            CleanerInvariants.check(a);
            Article again = CLEANER.clean(RawArticle.ofText("random", text));
            assertEquals(a, again, "not deterministic");
            return a;
        } catch (RuntimeException | AssertionError e) {
            throw new AssertionError("seed " + SEED + " (" + label + ") failed on input: " + escape(text), e);
        }
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder("\"");
        int shown = Math.min(s.length(), 2_000);
        for (int i = 0; i < shown; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.append(s.length() > shown ? "\"... (" + s.length() + " chars)" : "\"").toString();
    }

    @Test
    void randomTextNeverBreaksTheInvariants() {
        System.out.println("RuleCleanerRandomTest seed " + SEED + " (rerun with -Dstemma.seed=" + SEED + ")");
        Random random = new Random(SEED);
        for (int round = 0; round < ROUNDS; round++) {
            cleanChecked(randomText(random), "round " + round);
        }
    }

    @Test
    void emptyAndBlankTextGiveAnEmptyArticle() {
        for (String text : new String[] {"", " ", "\n\n\n", "\u0000", "\u200b\u00a0\r\n"}) {
            Article a = cleanChecked(text, "blank");
            assertEquals(List.of(), a.body());
            assertEquals("und", a.lang());
        }
    }

    @Test
    void aMegabyteOfTextIsCleanedInBoundedTime() {
        Random random = new Random(SEED);
        StringBuilder lines = new StringBuilder();
        while (lines.length() < 1_000_000) {
            lines.append(randomText(random));
        }
        String oneLine = "word “,” x <b> &amp; ".repeat(50_000);
        String noBreaks = "a".repeat(1_000_000);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            cleanChecked(lines.toString(), "huge multi-line");
            cleanChecked(oneLine, "huge single line of markup");
            cleanChecked(noBreaks, "huge single token");
        });
    }

    @Test
    void cleaningOnManyThreadsGivesTheSameArticles() throws Exception {
        Random random = new Random(SEED);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            texts.add(randomText(random));
        }
        texts.add(RuleCleanerTest.fixture("bridge-comments.txt"));
        texts.add(RuleCleanerTest.fixture("harbour-teasers.txt"));
        List<Article> sequential = new ArrayList<>();
        for (String t : texts) {
            sequential.add(CLEANER.clean(RawArticle.ofText("t", t)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Article>> futures = new ArrayList<>();
            for (String t : texts) {
                futures.add(pool.submit(() -> CLEANER.clean(RawArticle.ofText("t", t))));
            }
            for (int i = 0; i < texts.size(); i++) {
                assertEquals(sequential.get(i), futures.get(i).get(), "seed " + SEED + " text " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
