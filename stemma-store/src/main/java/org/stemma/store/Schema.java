package org.stemma.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stemma.clean.OutletTemplates;
import org.stemma.model.Article;

/**
 * The store's tables, created on first open in one transaction; see docs/FORMATS.md, "Store". Changes are
 * additive: an older store is migrated on open, in the same transaction, and keeps every committed row.
 */
final class Schema {
    /**
     * Bumped when a table is added; a store of an older version is migrated, a newer one is refused. Version 2
     * added the full-text index {@code article_fts} and the event indexes; version 3 the outlets' template
     * votes ({@code template_vote}, see {@link org.stemma.clean.OutletTemplates}).
     */
    static final int VERSION = 3;

    private static final List<String> TABLES = List.of(
            "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS batch (seq INTEGER PRIMARY KEY, label TEXT NOT NULL, "
                    + "articles INTEGER NOT NULL, passages INTEGER NOT NULL, problems TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS article (id TEXT PRIMARY KEY, seq INTEGER NOT NULL, outlet TEXT, "
                    + "date TEXT, title TEXT, text TEXT NOT NULL, raw TEXT NOT NULL, clean TEXT NOT NULL)",
            "CREATE INDEX IF NOT EXISTS article_seq ON article (seq)",
            "CREATE TABLE IF NOT EXISTS anchor (hash INTEGER NOT NULL, article TEXT NOT NULL, "
                    + "PRIMARY KEY (hash, article)) WITHOUT ROWID",
            "CREATE TABLE IF NOT EXISTS passage (a TEXT NOT NULL, b TEXT NOT NULL, a_start INTEGER NOT NULL, "
                    + "a_end INTEGER NOT NULL, b_start INTEGER NOT NULL, b_end INTEGER NOT NULL, "
                    + "score REAL NOT NULL, edits TEXT NOT NULL)",
            "CREATE INDEX IF NOT EXISTS passage_a ON passage (a)",
            "CREATE INDEX IF NOT EXISTS passage_b ON passage (b)",
            "CREATE TABLE IF NOT EXISTS event (article TEXT PRIMARY KEY, event TEXT NOT NULL, story TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS edge (family TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL, "
                    + "confidence REAL NOT NULL, evidence TEXT NOT NULL)",
            "CREATE INDEX IF NOT EXISTS edge_family ON edge (family)",
            "CREATE TABLE IF NOT EXISTS lost_source (family TEXT NOT NULL, id TEXT PRIMARY KEY, "
                    + "witnesses TEXT NOT NULL, credited TEXT, text TEXT NOT NULL)",
            "CREATE INDEX IF NOT EXISTS lost_family ON lost_source (family)",
            // Per outlet and segment key, the stored articles that carry that segment as a frame
            // (OutletTemplates.Vote); and the keys found to be templates.
            "CREATE TABLE IF NOT EXISTS template_vote (outlet TEXT NOT NULL, key INTEGER NOT NULL, "
                    + "article TEXT NOT NULL, PRIMARY KEY (outlet, key, article)) WITHOUT ROWID",
            "CREATE TABLE IF NOT EXISTS template (key INTEGER PRIMARY KEY)",
            "CREATE INDEX IF NOT EXISTS event_event ON event (event)",
            "CREATE INDEX IF NOT EXISTS event_story ON event (story)",
            // Contentless: the text is already in article; only the id is kept beside the index, so the index
            // does not depend on rowids (which VACUUM may renumber in a table keyed by text).
            "CREATE VIRTUAL TABLE IF NOT EXISTS article_fts USING fts5(id UNINDEXED, title, text, content='', "
                    + "contentless_unindexed=1, tokenize='unicode61 remove_diacritics 2')",
            // Articles are only ever inserted, so one trigger keeps the index whole within each batch's commit.
            "CREATE TRIGGER IF NOT EXISTS article_fts_insert AFTER INSERT ON article BEGIN "
                    + "INSERT INTO article_fts (id, title, text) VALUES (new.id, new.title, new.text); END");

    private Schema() {
    }

    /**
     * Creates what is missing and migrates an older store to {@link #VERSION}, on {@code c}'s open transaction
     * (the caller commits). Returns the version the store had before: 0 for a new store.
     */
    static int create(Connection c) throws SQLException {
        int before = version(c);
        try (Statement s = c.createStatement()) {
            for (String sql : TABLES) {
                s.execute(sql);
            }
            if (before == 1) {
                // Version 1 had no full-text index: index every stored article (the trigger only sees new ones).
                s.execute("INSERT INTO article_fts (id, title, text) SELECT id, title, text FROM article");
            }
            if (before == 1 || before == 2) {
                // Older stores kept no votes: count those of every stored article, as its batch would have.
                countTemplateVotes(c);
            }
            if (before >= 0 && before <= VERSION) {
                s.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema', '" + VERSION + "')");
            }
        }
        return before;
    }

    private static void countTemplateVotes(Connection c) throws SQLException {
        OutletTemplates templates = new OutletTemplates();
        List<OutletTemplates.Vote> votes = new ArrayList<>();
        Map<String, Article> voting = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id, text, raw, clean FROM article ORDER BY id")) {
            while (r.next()) {
                Article a = Codec.article(r.getString(1), r.getString(2), r.getString(3), r.getString(4));
                List<OutletTemplates.Vote> mine = templates.votes(a);
                if (!mine.isEmpty()) {
                    votes.addAll(mine);
                    voting.put(a.id(), a);
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM template_vote");
            s.execute("DELETE FROM template");
        }
        writeVotes(c, votes);
        try (PreparedStatement p = c.prepareStatement("INSERT INTO template (key) VALUES (?)")) {
            for (long key : templates.templates(votes, voting)) {
                p.setLong(1, key);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** Adds {@code votes} to {@code template_vote}. */
    static void writeVotes(Connection c, List<OutletTemplates.Vote> votes) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT OR IGNORE INTO template_vote (outlet, key, article) VALUES (?, ?, ?)")) {
            for (OutletTemplates.Vote v : votes) {
                p.setString(1, v.outlet());
                p.setLong(2, v.key());
                p.setString(3, v.article());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** The stored schema version: 0 when there is none yet, -1 when it is not a number. */
    private static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'")) {
                if (!r.next()) {
                    return 0;
                }
            }
            try (ResultSet r = s.executeQuery("SELECT value FROM meta WHERE key = 'schema'")) {
                if (!r.next()) {
                    return 0;
                }
                try {
                    return Integer.parseInt(r.getString(1));
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
    }
}
