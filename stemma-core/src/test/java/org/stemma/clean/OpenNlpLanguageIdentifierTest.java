package org.stemma.clean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The identifier computes the model's features itself (for speed); these tests hold it to OpenNLP's own
 * context generator and detector, which define what the model was trained on.
 */
class OpenNlpLanguageIdentifierTest {

    private static LanguageDetectorModel model;

    /** Texts written for this test: several scripts, case, digits, links, handles, repeated letters, emoji. */
    private static final List<String> TEXTS = List.of(
            "The harbour authority said on Tuesday that the ferry would resume service next week.",
            "Die Hafenbehörde teilte am Dienstag mit, dass die Fähre NÄCHSTE Woche wieder fahren werde.",
            "Портовое управление сообщило во вторник, что паром возобновит работу на следующей неделе.",
            "La autoridad portuaria dijo el martes que el transbordador volvería a operar la próxima semana.",
            "Otoritas pelabuhan mengatakan pada hari Selasa bahwa kapal feri akan beroperasi lagi minggu depan.",
            "See https://example.org/a?b=1&c=2 or write to desk@example.org, #harbour @ferrydesk rt: hahaha :-)",
            "Reported 1234 cases in 2026 —   spaces,   and sooooo many letters!!! \uD83D\uDE00\uD83D\uDE00 ok",
            "𝐁𝐨𝐥𝐝 mathematical letters and İstanbul's dotted capital I with ǅ titlecase.");

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = OpenNlpLanguageIdentifier.class.getResourceAsStream(
                OpenNlpLanguageIdentifier.MODEL_RESOURCE)) {
            model = new LanguageDetectorModel(in);
        }
    }

    @Test
    void featuresAreOpenNlpsContextAsASet() {
        var generator = new LanguageDetectorFactory().getContextGenerator();
        for (String text : TEXTS) {
            CharSequence[] context = generator.getContext(text);
            String[] expected = Arrays.stream(context).map(String::valueOf).sorted().toArray(String[]::new);
            String[] actual = OpenNlpLanguageIdentifier.features(text);
            assertEquals(actual.length, Arrays.stream(actual).distinct().count(), "features are distinct");
            Arrays.sort(actual);
            assertArrayEquals(expected, actual, text);
        }
    }

    @Test
    void featuresComeInOneOrderOnEveryCall() {
        for (String text : TEXTS) {
            assertArrayEquals(OpenNlpLanguageIdentifier.features(text), OpenNlpLanguageIdentifier.features(text));
        }
    }

    @Test
    void answersAsOpenNlpsDetectorWithTheSameRule() {
        var identifier = new OpenNlpLanguageIdentifier();
        TreeMap<String, String> mismatches = new TreeMap<>();
        for (String text : TEXTS) {
            Language[] ranked = new LanguageDetectorME(model).predictLanguages(text);
            String expected = ranked[0].getConfidence() < OpenNlpLanguageIdentifier.DEFAULT_MIN_CONFIDENCE_RATIO
                    * ranked[1].getConfidence()
                    ? LanguageIdentifier.UNDETERMINED
                    : OpenNlpLanguageIdentifier.toIso639_1(ranked[0].getLang());
            String actual = identifier.identify(text);
            if (!expected.equals(actual)) {
                mismatches.put(text, expected + " != " + actual);
            }
        }
        assertEquals("{}", mismatches.toString());
    }

    @Test
    void namesClearLanguagesInTwoLetterCodes() {
        var identifier = new OpenNlpLanguageIdentifier();
        assertEquals(List.of("en", "de", "ru", "es"), TEXTS.subList(0, 4).stream().map(identifier::identify)
                .collect(Collectors.toList()));
    }

    @Test
    void tooFewLettersIsUndetermined() {
        var identifier = new OpenNlpLanguageIdentifier();
        assertEquals(LanguageIdentifier.UNDETERMINED, identifier.identify("12 34 56 -- ok"));
        assertEquals(LanguageIdentifier.UNDETERMINED, identifier.identify(""));
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new OpenNlpLanguageIdentifier(0, 1.1, 100));
        assertThrows(IllegalArgumentException.class, () -> new OpenNlpLanguageIdentifier(20, 0.9, 100));
        assertEquals("en", OpenNlpLanguageIdentifier.toIso639_1("ENG".toLowerCase(Locale.ROOT)));
    }
}
