package org.stemma.cluster;

import java.util.List;

/**
 * Settings of {@link AverageLinkClusterer}; {@link #defaults()} documents each value and why.
 *
 * @param eventThreshold    average similarity at or above which two event clusters merge. Default 0.22: two
 *                          reports of one happening share its particular names, places and figures, so their
 *                          TF-IDF cosine over content words is usually 0.3 or more, while two different
 *                          happenings of one topic share mostly topic words (0.1 to 0.2); the value sits
 *                          between, and average linkage means a whole group must agree, not one pair
 * @param storyThreshold    average event-centroid similarity at or above which two storylines merge. Default
 *                          0.10: events of one storyline share actors and topic words but few details, and the
 *                          consensus centroids (see {@code eventCoreShare}) keep only what most reports say, so
 *                          their cosines run lower than article cosines; unrelated topics stay near 0.05 or below
 * @param eventCoreShare    share of an event's articles that must use a term for it to enter the event's
 *                          centroid at story level. Default 0.5: an event is what most of its reports say;
 *                          what one report adds (a roundup mentioning another happening) must not link stories
 * @param titleWeight       how many body occurrences one headline occurrence counts as. Default 2: a headline
 *                          names what the article is about, but is short and sometimes a pun
 * @param namedWeight       share of the similarity that comes from named things (words capitalised inside
 *                          sentences, when the original text is given, and tokens with digits: numbers, years,
 *                          dates). Default 0.35: the particular names, places and figures are what tell two
 *                          events of one topic apart, but alone they are too sparse to carry the decision
 * @param minSharedTerms    pairs sharing fewer content terms than this have similarity 0. Default 2: one shared
 *                          word between two headlines is coincidence, two is the least evidence worth using
 * @param candidateTerms    how many of its top-weighted terms index each article for neighbour search.
 *                          Default 32: enough to meet every same-event neighbour through its names, few enough
 *                          to keep the index small
 * @param maxPostingLength  posting lists longer than this are not scanned (the term is a topic word of a huge
 *                          corpus and finds nothing specific). Default 2000: bounds work per article
 * @param maxNeighbours     exact similarities computed per article, best candidates first. Default 64: an
 *                          event rarely has more reports in one corpus than that, and bounding it keeps cost
 *                          linear
 * @param passageWords      aligned words a shared passage needs to count as full evidence (similarity 1);
 *                          shorter passages count in proportion. Default 40: two sentences copied word for word
 *                          are copying, not coincidence or a shared quote fragment
 * @param topicWeight       weight of the topic view at story level: the cosine of two events' topic words
 *                          (content words that are neither names nor numbers, kept to what most of the event's
 *                          reports use, reweighed by dispersion over events), scaled by this and compared with
 *                          the full view; the larger counts. Default 0.7: a storyline is a kind of happening
 *                          (a rehab check-in, an earthquake, a takeover) as much as its people and places, and
 *                          two events of one storyline often share no names at all (two different check-ins), so
 *                          the topic view must be able to join them alone; but topic words are shared by
 *                          unrelated storylines of one genre more often than names are, so the view counts a
 *                          little less than the full one. 0 turns the view off
 * @param topicDispersionPower exponent on the event-level inverse document frequency of topic words
 *                          ({@code ln((1 + m) / (1 + df)) + 1} over the {@code m} events). Default 2: squaring
 *                          makes a word that few events use ("magnitude", "rehab") count several times more
 *                          than one that a fifth of the events use ("killed", "police"), which is what
 *                          separates the kind of happening from the newsroom's common vocabulary; the value
 *                          holds on corpora of any size since the IDF is relative to the corpus's own events
 * @param eventTime         decay by publication gap at event level. Default grace 3 days, half-life 7: reports
 *                          of one happening cluster within days; a month apart is another happening
 * @param storyTime         decay by publication gap at story level. Default grace 60 days, half-life 365:
 *                          storylines run for months, so time only separates them on a scale of years
 * @param protagonistMentions how many times an article must write a name (capitalised inside sentences, see
 *                          {@code namedWeight}; a headline mention counts {@code titleWeight} times) for the name
 *                          to be a protagonist of the article. Default 6: a report names what it is about (the
 *                          fighter, the injured player, the ship, the company) in most of its sentences, while a
 *                          spokesman, a witness or an earlier case is named once or twice; six leaves room for a
 *                          long report that repeats a secondary name. Headlines and snippets never reach it, so
 *                          on short text the rule does nothing
 * @param protagonistConflict share of an article pair's text similarity taken away when each of the two has a
 *                          protagonist that the other never writes: two instances of one kind of happening (two
 *                          title fights of one champion against different challengers, two injuries at one club)
 *                          share the setting and the vocabulary but not their protagonists. Default 0.5: strong
 *                          evidence of another instance, yet two reports of one happening may centre on different
 *                          people in it (the suspect, the victim), so it weakens the pair rather than vetoing it;
 *                          0 turns the rule off. Passages (reuse) are not weakened
 * @param stopwordLanguages languages whose stopword lists ({@code stopwords-<lang>.txt} in this package's
 *                          resources) are removed. Default all bundled (en de fr es it nl pt): inputs carry no
 *                          language, and a word that is a function word somewhere is rarely a name elsewhere
 */
public record AverageLinkConfig(double eventThreshold, double storyThreshold, double eventCoreShare,
        double titleWeight,
        double namedWeight, int minSharedTerms, int candidateTerms, int maxPostingLength, int maxNeighbours,
        int passageWords, double topicWeight, double topicDispersionPower, TimeDecay eventTime, TimeDecay storyTime,
        int protagonistMentions, double protagonistConflict, List<String> stopwordLanguages) {

    public AverageLinkConfig {
        requireUnit("eventThreshold", eventThreshold);
        requireUnit("storyThreshold", storyThreshold);
        requireUnit("namedWeight", namedWeight);
        requireUnit("eventCoreShare", eventCoreShare);
        requireUnit("topicWeight", topicWeight);
        requireUnit("protagonistConflict", protagonistConflict);
        if (!(topicDispersionPower >= 0)) {
            throw new IllegalArgumentException("topicDispersionPower must be >= 0: " + topicDispersionPower);
        }
        if (!(eventThreshold > 0) || !(storyThreshold > 0)) {
            throw new IllegalArgumentException("thresholds must be positive: " + eventThreshold + ", " + storyThreshold);
        }
        if (!(titleWeight >= 0)) {
            throw new IllegalArgumentException("titleWeight must be >= 0: " + titleWeight);
        }
        if (protagonistMentions < 1) {
            throw new IllegalArgumentException("protagonistMentions must be positive: " + protagonistMentions);
        }
        if (minSharedTerms < 1 || candidateTerms < 1 || maxPostingLength < 1 || maxNeighbours < 1 || passageWords < 1) {
            throw new IllegalArgumentException("counts must be positive: minSharedTerms " + minSharedTerms
                    + ", candidateTerms " + candidateTerms + ", maxPostingLength " + maxPostingLength
                    + ", maxNeighbours " + maxNeighbours + ", passageWords " + passageWords);
        }
        if (eventTime == null || storyTime == null || stopwordLanguages == null) {
            throw new IllegalArgumentException("null time decay or stopword languages");
        }
        stopwordLanguages = List.copyOf(stopwordLanguages);
    }

    private static void requireUnit(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " outside [0, 1]: " + v);
        }
    }

    /** The documented defaults. */
    public static AverageLinkConfig defaults() {
        return new AverageLinkConfig(0.22, 0.10, 0.5, 2.0, 0.35, 2, 32, 2000, 64, 40, 0.7, 2.0,
                new TimeDecay(3, 7), new TimeDecay(60, 365), 6, 0.5, List.of("en", "de", "fr", "es", "it", "nl", "pt"));
    }

    public AverageLinkConfig withEventThreshold(double v) {
        return new AverageLinkConfig(v, storyThreshold, eventCoreShare, titleWeight, namedWeight, minSharedTerms, candidateTerms,
                maxPostingLength, maxNeighbours, passageWords, topicWeight, topicDispersionPower, eventTime, storyTime,
                protagonistMentions, protagonistConflict, stopwordLanguages);
    }

    public AverageLinkConfig withStoryThreshold(double v) {
        return new AverageLinkConfig(eventThreshold, v, eventCoreShare, titleWeight, namedWeight, minSharedTerms, candidateTerms,
                maxPostingLength, maxNeighbours, passageWords, topicWeight, topicDispersionPower, eventTime, storyTime,
                protagonistMentions, protagonistConflict, stopwordLanguages);
    }

    public AverageLinkConfig withProtagonistConflict(double v) {
        return new AverageLinkConfig(eventThreshold, storyThreshold, eventCoreShare, titleWeight, namedWeight, minSharedTerms, candidateTerms,
                maxPostingLength, maxNeighbours, passageWords, topicWeight, topicDispersionPower, eventTime, storyTime,
                protagonistMentions, v, stopwordLanguages);
    }

    public AverageLinkConfig withNamedWeight(double v) {
        return new AverageLinkConfig(eventThreshold, storyThreshold, eventCoreShare, titleWeight, v, minSharedTerms, candidateTerms,
                maxPostingLength, maxNeighbours, passageWords, topicWeight, topicDispersionPower, eventTime, storyTime,
                protagonistMentions, protagonistConflict, stopwordLanguages);
    }
}
