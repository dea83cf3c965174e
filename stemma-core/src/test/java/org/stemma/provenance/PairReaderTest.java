package org.stemma.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stemma.provenance.Fixtures.align;
import static org.stemma.provenance.Fixtures.article;
import static org.stemma.provenance.Fixtures.resource;
import static org.stemma.provenance.Fixtures.stated;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.fingerprint.WordTokenizer;
import org.stemma.model.Article;
import org.stemma.model.PublicationDate;

class PairReaderTest {
    private static final ProvenanceConfig CONFIG = ProvenanceConfig.defaults();
    private static final String BASE = resource("bridge-base.txt");
    /** The base with a paragraph of the copier's own after its first: a copy that added to what it took. */
    private static final String ADDED = BASE.substring(0, BASE.indexOf("\n\n")) + "\n\n"
            + resource("bridge-extra1.txt") + BASE.substring(BASE.indexOf("\n\n"));
    private static final String DOUBT = "(the text orders the pair the other way: weighed as an inferred date)";

    private static PairReading read(Article a, Article b) {
        WordTokenizer tokenizer = new WordTokenizer();
        CreditLineExtractor credits = new CreditLineExtractor(CONFIG.maxCreditScanChars());
        return new PairReader(CONFIG).read(new ArticleProfile(a, tokenizer, credits),
                new ArticleProfile(b, tokenizer, credits), List.of(align(a, b))).orElseThrow();
    }

    @Test
    void aStatedDateThatContainmentContradictsCountsAsAnInferredDate() {
        // b added a paragraph to a, but b's date (misread) is a day before a's: containment (0.5) now outweighs
        // the date (0.3 instead of 0.6), so a is read as the source, with the doubt said in the evidence.
        PairReading r = read(article("a", BASE, stated("2021-03-02")), article("b", ADDED, stated("2021-03-01")));
        assertTrue(r.sourceIsA(), r.evidence().toString());
        assertEquals(CONFIG.containmentWeight() - CONFIG.inferredDateWeight(), r.votes(), 1e-9);
        assertTrue(r.evidence().stream().anyMatch(e -> e.startsWith("dates: target 2021-03-01 (stated) before source")
                && e.endsWith(DOUBT)), r.evidence().toString());
    }

    @Test
    void aDateTheTextDoesNotContradictKeepsItsFullWeight() {
        PairReading agreeing = read(article("a", BASE, stated("2021-03-01")), article("b", ADDED, stated("2021-03-02")));
        assertEquals(1.0, agreeing.votes(), 1e-9, agreeing.evidence().toString());
        assertFalse(agreeing.evidence().stream().anyMatch(e -> e.endsWith(DOUBT)), agreeing.evidence().toString());
        // Identical texts: nothing in the text orders them, so the stated date does, at full weight.
        PairReading same = read(article("a", BASE, stated("2021-03-02")), article("b", BASE, stated("2021-03-01")));
        assertFalse(same.sourceIsA(), same.evidence().toString());
        assertEquals(-CONFIG.dateWeight(), same.votes(), 1e-9);
    }

    @Test
    void withoutDatesTheTextAloneOrdersThePair() {
        PairReading r = read(article("a", BASE, PublicationDate.UNKNOWN), article("b", ADDED, PublicationDate.UNKNOWN));
        assertTrue(r.sourceIsA());
        assertEquals(CONFIG.containmentWeight(), r.votes(), 1e-9);
    }
}
