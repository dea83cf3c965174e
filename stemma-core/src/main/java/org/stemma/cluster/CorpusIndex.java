package org.stemma.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.stemma.model.Event;
import org.stemma.model.Story;

/**
 * What one {@link ClusterState} implies for the next batch, kept so a batch costs in proportion to itself: each
 * article's terms, the corpus's document frequencies, an inverted index from every content term to the articles
 * that use it, and the events and storylines with what the story level needs of them (members, smallest article
 * id, topic words and their dispersion over events).
 *
 * <p>Everything here is a function of the state alone (never of the order or size of earlier batches), so
 * {@link #of} on a state gives an index equal in every observable way to the one grown batch by batch; results
 * therefore never depend on whether the clusterer still held it. Handles (article, event and story numbers) follow
 * insertion order and are never compared: every order that matters is by article id. Mutable and owned by one
 * caller at a time: {@link AverageLinkClusterer} hands it from a state to the next and rebuilds it otherwise.
 */
final class CorpusIndex {
    /**
     * One content term: its text (the one copy every article's terms point to), how many articles use it, and
     * which (handle, IDF-free weight), in insertion order.
     */
    static final class Term {
        final String text;
        int df;
        int[] docs = new int[2];
        float[] weights = new float[2];

        Term(String text) {
            this.text = text;
        }

        void add(int doc, float weight) {
            if (df == docs.length) {
                docs = Arrays.copyOf(docs, df * 2);
                weights = Arrays.copyOf(weights, df * 2);
            }
            docs[df] = doc;
            weights[df++] = weight;
        }
    }

    /** One event: members (article handles), its storyline's handle, smallest article id, topic words. */
    static final class EventEntry {
        final List<Integer> members = new ArrayList<>();
        int story;
        String firstId;
        String[] topicTerms = new String[0];
        List<String> sortedIds = List.of();
    }

    /** One storyline: how many events it holds and its smallest article id. */
    static final class StoryEntry {
        int events;
        String firstId;
    }

    final Map<String, Integer> handleById = new HashMap<>();
    /** By handle: what is kept of each article (the same objects the state holds, so nothing twice). */
    final List<ArticleTerms> articles = new ArrayList<>();
    final List<Integer> eventOf = new ArrayList<>();
    final Map<String, Term> vocabulary = new HashMap<>();
    final List<EventEntry> events = new ArrayList<>();
    final List<StoryEntry> stories = new ArrayList<>();
    /** Over events: how many events' topic words include each term. */
    final Map<String, int[]> topicDf = new HashMap<>();
    private final double coreShare;

    CorpusIndex(double coreShare) {
        this.coreShare = coreShare;
    }

    int size() {
        return articles.size();
    }

    /**
     * Adds one article to the term statistics and postings; returns its handle. Its event is set later. Each of
     * its terms and protagonists is replaced by the equal string the vocabulary already holds, so a term's
     * text is kept once however many articles use it (the arrays are the article's own, just built).
     */
    int addArticle(ArticleTerms t) {
        int handle = articles.size();
        handleById.put(t.id(), handle);
        articles.add(t);
        eventOf.add(-1);
        double norm = 0;
        for (int i = 0; i < t.size(); i++) {
            double w = 1 + Math.log(t.count(i));
            norm += w * w;
        }
        double inv = norm == 0 ? 0 : 1 / Math.sqrt(norm);
        String[] terms = t.terms();
        for (int i = 0; i < terms.length; i++) {
            Term ref = vocabulary.computeIfAbsent(terms[i], Term::new);
            ref.add(handle, (float) ((1 + Math.log(t.count(i))) * inv));
            if (terms[i] != ref.text) {
                terms[i] = ref.text;
            }
        }
        String[] protagonists = t.protagonists();
        for (int i = 0; i < protagonists.length; i++) {
            Term ref = vocabulary.get(protagonists[i]);
            if (ref != null && protagonists[i] != ref.text) {
                protagonists[i] = ref.text;
            }
        }
        return handle;
    }

    /**
     * The vocabulary entries of article {@code a}'s terms, in its terms' order. Looked up when needed rather
     * than kept: an array of references per article would cost as much as its postings.
     */
    Term[] refs(int a) {
        String[] terms = articles.get(a).terms();
        Term[] refs = new Term[terms.length];
        for (int i = 0; i < refs.length; i++) {
            refs[i] = vocabulary.get(terms[i]);
        }
        return refs;
    }

    /** The smoothed IDF of a term used by {@code df} of the corpus's articles. */
    double idf(int df) {
        return Math.log((1.0 + size()) / (1 + df)) + 1;
    }

    /** Sets {@code event}'s topic words, keeping {@link #topicDf} in step. */
    void setTopicTerms(EventEntry event, String[] topic) {
        for (String t : event.topicTerms) {
            int[] c = topicDf.get(t);
            if (--c[0] == 0) {
                topicDf.remove(t);
            }
        }
        event.topicTerms = topic;
        for (String t : topic) {
            topicDf.computeIfAbsent(t, k -> new int[1])[0]++;
        }
    }

    /** Puts {@code article} into {@code event}, keeping the smallest id and the sorted id list in step. */
    void join(int event, int article) {
        EventEntry e = events.get(event);
        e.members.add(article);
        eventOf.set(article, event);
        String id = articles.get(article).id();
        if (e.firstId == null || id.compareTo(e.firstId) < 0) {
            e.firstId = id;
        }
    }

    int newEvent() {
        EventEntry e = new EventEntry();
        e.story = -1;
        events.add(e);
        return events.size() - 1;
    }

    int newStory() {
        stories.add(new StoryEntry());
        return stories.size() - 1;
    }

    /** Puts {@code event} (which has no storyline yet) into {@code story}. */
    void addToStory(int story, int event) {
        EventEntry e = events.get(event);
        e.story = story;
        stories.get(story).events++;
        touchStory(event);
    }

    /** Keeps the smallest article id of {@code event}'s storyline in step with the event's. */
    void touchStory(int event) {
        EventEntry e = events.get(event);
        StoryEntry s = stories.get(e.story);
        if (s.firstId == null || e.firstId.compareTo(s.firstId) < 0) {
            s.firstId = e.firstId;
        }
    }

    /** How many of {@code members} articles must use a term for it to be the event's: at least one. */
    static int quorum(int members, double coreShare) {
        return Math.max(1, (int) Math.ceil(members * coreShare));
    }

    /**
     * The index a state implies, built from scratch: what a clusterer does once when it is handed a state it
     * did not return (after a restart, say). Linear in the state.
     */
    static CorpusIndex of(ClusterState state, double coreShare) {
        CorpusIndex index = new CorpusIndex(coreShare);
        for (ArticleTerms t : state.articles()) {
            index.addArticle(t);
        }
        Map<String, Integer> storyHandle = new HashMap<>();
        for (Story s : state.clusters().stories()) {
            storyHandle.put(s.id(), index.newStory());
        }
        for (Event e : state.clusters().events()) {
            int handle = index.newEvent();
            for (String id : e.articles()) {
                index.join(handle, index.handleById.get(id));
            }
            index.refresh(handle);
            index.addToStory(storyHandle.get(e.story()), handle);
        }
        return index;
    }

    /**
     * Recomputes what depends on an event's members: sorted ids and topic words (the terms that at least a
     * quorum of members use other than as a name or number; IDF-free, so they depend on the members alone).
     */
    void refresh(int event) {
        EventEntry e = events.get(event);
        String[] ids = new String[e.members.size()];
        Map<String, int[]> uses = new TreeMap<>();
        for (int i = 0; i < ids.length; i++) {
            int a = e.members.get(i);
            ids[i] = articles.get(a).id();
            ArticleTerms t = articles.get(a);
            for (int k = 0; k < t.terms().length; k++) {
                if (!t.named()[k]) {
                    uses.computeIfAbsent(t.terms()[k], x -> new int[1])[0]++;
                }
            }
        }
        Arrays.sort(ids);
        e.sortedIds = List.of(ids);
        int quorum = quorum(ids.length, coreShare);
        List<String> topic = new ArrayList<>();
        for (Map.Entry<String, int[]> u : uses.entrySet()) {
            if (u.getValue()[0] >= quorum) {
                topic.add(u.getKey());
            }
        }
        setTopicTerms(e, topic.toArray(new String[0]));
    }
}
