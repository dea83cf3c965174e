package org.stemma.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.stemma.model.Span;

class WordTokenizerTest {
    private static final String FIRST = "The ferry’s owner said the ferry left at 9:40, carrying 1,250 people.";
    private static final String SECOND = "Ferry owner: THE FERRY left with 1 250 passengers.";

    private static void assertSameTokens(TokenSequence x, TokenSequence y) {
        assertEquals(x.size(), y.size());
        for (int i = 0; i < x.size(); i++) {
            assertEquals(x.term(i), y.term(i));
            assertEquals(x.start(i), y.start(i));
            assertEquals(x.end(i), y.end(i));
        }
    }

    @Test
    void normalisesTypographyAndKeepsOffsets() {
        TokenSequence t = new WordTokenizer().tokenize(FIRST);
        assertEquals("ferrys", t.term(1));
        assertEquals("ferry’s", FIRST.substring(t.start(1), t.end(1)));
        List<String> terms = IntStream.range(0, t.size()).mapToObj(t::term).toList();
        assertEquals(true, terms.contains("1250"));
    }

    @Test
    void characterEntitiesReadAsTheirCharactersWithOffsetsIntoTheEscapedText() {
        String escaped = "The ferry&rsquo;s owner said &ldquo;we&#39;re late&rdquo; &amp; left.";
        String plain = "The ferry’s owner said “we're late” & left.";
        WordTokenizer tokenizer = new WordTokenizer();
        TokenSequence e = tokenizer.tokenize(escaped);
        TokenSequence p = tokenizer.tokenize(plain);
        assertEquals(IntStream.range(0, p.size()).mapToObj(p::term).toList(),
                IntStream.range(0, e.size()).mapToObj(e::term).toList());
        assertEquals("ferry&rsquo;s", escaped.substring(e.start(1), e.end(1)));
        assertEquals("we&#39;re", escaped.substring(e.start(4), e.end(4)));
        // a segment of the text: offsets stay the text's
        TokenSequence part = tokenizer.tokenize(escaped, List.of(new Span(29, escaped.length())));
        assertEquals("we&#39;re", escaped.substring(part.start(0), part.end(0)));
    }

    @Test
    void aRepeatedTermIsOneStringWithinATextAndAcrossCallsWhenShared() {
        TokenSequence plain = new WordTokenizer().tokenize(FIRST);
        // "the" at 0 and 4: one String within one call
        assertEquals("the", plain.term(0));
        assertSame(plain.term(0), plain.term(4));

        WordTokenizer stateless = new WordTokenizer();
        assertNotSame(stateless.tokenize(FIRST).term(0), stateless.tokenize(SECOND).term(2));

        WordTokenizer sharing = WordTokenizer.sharingTerms();
        TokenSequence a = sharing.tokenize(FIRST);
        TokenSequence b = sharing.tokenize(SECOND);
        assertEquals("the", b.term(2));
        assertSame(a.term(0), b.term(2));
        assertSameTokens(stateless.tokenize(SECOND), b);
    }

    @Test
    void sharingGivesTheSameSequencesOnManyThreads() {
        WordTokenizer sharing = WordTokenizer.sharingTerms();
        String text = FIRST + "\n\n" + SECOND;
        List<Span> body = List.of(new Span(FIRST.length() + 2, text.length()));
        TokenSequence expected = new WordTokenizer().tokenize(text, body);
        List<TokenSequence> got = IntStream.range(0, 200).parallel()
                .mapToObj(i -> sharing.tokenize(text, body)).toList();
        got.forEach(t -> assertSameTokens(expected, t));
    }
}
