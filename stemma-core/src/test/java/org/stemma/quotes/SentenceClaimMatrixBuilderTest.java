package org.stemma.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stemma.model.Article;
import org.stemma.model.Claim;
import org.stemma.model.ClaimCell;
import org.stemma.model.ClaimState;
import org.stemma.model.Event;
import org.stemma.model.Story;

class SentenceClaimMatrixBuilderTest {
    @Test
    void eachArticleOfTheStorylineStatesAClaimVerbatimAlteredOrNotAtAll() {
        Article a = QuoteFixtures.article("a", "The old bridge will close on Monday for repairs lasting six weeks.",
                "en", Optional.of(LocalDate.of(2026, 5, 1)));
        Article b = QuoteFixtures.article("b", "Traffic is heavy. The old bridge will close on Monday for repairs"
                + " lasting six weeks.", "en", Optional.of(LocalDate.of(2026, 5, 2)));
        Article c = QuoteFixtures.article("c", "The old bridge will close on Tuesday for urgent repairs lasting six"
                + " weeks.", "en", Optional.of(LocalDate.of(2026, 5, 3)));
        Article d = QuoteFixtures.article("d", "Ferry tickets become cheaper for pupils during the summer holidays.",
                "en", Optional.empty());
        List<Event> events = List.of(new Event("e1", "s1", List.of("a", "b", "c", "d")));
        List<Story> stories = List.of(new Story("s1", List.of("e1")));

        List<Claim> claims = new SentenceClaimMatrixBuilder().build(List.of(a, b, c, d), events, stories);

        assertEquals(1, claims.size(), claims.toString());
        Claim claim = claims.get(0);
        assertEquals("c0001", claim.id());
        assertEquals("a", claim.reference());
        List<ClaimState> states = claim.cells().stream().map(ClaimCell::state).toList();
        assertEquals(List.of(ClaimState.VERBATIM, ClaimState.VERBATIM, ClaimState.ALTERED, ClaimState.ABSENT), states);
        assertEquals(List.of("monday \u2192 tuesday", "+urgent"), claim.cells().get(2).changes());
    }
}
