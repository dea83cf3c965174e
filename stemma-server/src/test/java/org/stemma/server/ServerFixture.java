package org.stemma.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.stemma.model.Origin;
import org.stemma.model.RawArticle;

/** Articles of my own writing for the server tests, and a plain HTTP client for a running server. */
final class ServerFixture {
    static final String PARAGRAPH = "The lighthouse keeper on Tarn Island has logged the weather every "
            + "three hours for forty years, and his notebooks now fill two shelves of the parish library, where "
            + "students from the university come to read how the winters have changed.";
    static final String QUOTED = "\"We will keep the light burning as long as ships pass the reef,\" said Ansel "
            + "Brekke, the keeper, who plans to retire next spring.";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ServerFixture() {
    }

    static RawArticle article(String id, String outlet, String date, String... paragraphs) {
        return new RawArticle(id, "Notes of a keeper\n\n" + String.join("\n\n", paragraphs) + "\n",
                Optional.of(outlet), Optional.empty(), Optional.of("Notes of a keeper"), Optional.of(date),
                Optional.of("en"), new Origin(id, 0), 0);
    }

    /** Two outlets carrying the keeper story (the second with a word changed) and an unrelated article. */
    static List<RawArticle> keeperStory() {
        return List.of(article("keeper-1", "Island Times", "2026-05-01", PARAGRAPH, QUOTED),
                article("keeper-2", "Coast Weekly", "2026-05-03", PARAGRAPH.replace("forty", "fifty"), QUOTED),
                new RawArticle("ferry-1", "Ferry timetable changes\n\nThe morning ferry to the mainland will leave "
                        + "half an hour earlier from June, the shipping company said, because the tide tables "
                        + "for the summer months leave too little water in the channel at the old hour.\n",
                        Optional.of("Harbour News"), Optional.empty(), Optional.of("Ferry timetable changes"),
                        Optional.of("2026-04-20"), Optional.of("en"), new Origin("ferry-1", 0), 0));
    }

    static HttpResponse<String> get(StemmaServer server, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(StemmaServer server, String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
