package org.stemma.align;

import org.stemma.fingerprint.TokenSequence;
import org.stemma.fingerprint.WordTokenizer;
import org.stemma.model.Article;

/**
 * One article as the aligner sees it: its id, its original text, and the tokens of its body with offsets
 * into that text.
 */
public record Witness(String id, String text, TokenSequence tokens) {
    public Witness {
        if (id == null || text == null || tokens == null) {
            throw new IllegalArgumentException("null field in witness");
        }
        if (!tokens.isEmpty() && tokens.end(tokens.size() - 1) > text.length()) {
            throw new IllegalArgumentException("tokens of " + id + " run past its text of length " + text.length());
        }
    }

    /** A witness of an article's body, tokenized with {@code tokenizer}. */
    public static Witness of(Article article, WordTokenizer tokenizer) {
        return new Witness(article.id(), article.text(), tokenizer.tokenize(article.text(), article.body()));
    }

    /** A witness of a whole text, for tests and for input that was not cleaned. */
    public static Witness ofText(String id, String text) {
        return new Witness(id, text, new WordTokenizer().tokenize(text));
    }
}
