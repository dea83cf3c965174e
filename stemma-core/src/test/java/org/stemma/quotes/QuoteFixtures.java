package org.stemma.quotes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.stemma.model.Article;
import org.stemma.model.DateBasis;
import org.stemma.model.Origin;
import org.stemma.model.PublicationDate;
import org.stemma.model.RawArticle;
import org.stemma.model.Span;

/** Articles of our own writing whose whole text is body. */
final class QuoteFixtures {
    private QuoteFixtures() {
    }

    static Article article(String id, String text, String lang) {
        return article(id, text, lang, Optional.empty());
    }

    static Article article(String id, String text, String lang, Optional<LocalDate> date) {
        RawArticle raw = new RawArticle(id, text, Optional.of("outlet-" + id), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(lang), new Origin("test", 0), 0);
        PublicationDate published = date.map(d -> new PublicationDate(Optional.of(d), Optional.empty(),
                DateBasis.STATED, Optional.empty())).orElse(PublicationDate.UNKNOWN);
        List<Span> body = text.isEmpty() ? List.of() : List.of(new Span(0, text.length()));
        return new Article(raw, body, List.of(), Optional.empty(), Optional.empty(), lang, published);
    }
}
