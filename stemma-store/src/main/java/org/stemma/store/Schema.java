package org.stemma.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The store's tables, created on first open in one transaction; see docs/FORMATS.md, "Store". */
final class Schema {
    /** Bumped when a table changes; a store written by another version is refused, not migrated. */
    static final int VERSION = 1;

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
            "CREATE INDEX IF NOT EXISTS lost_family ON lost_source (family)");

    private Schema() {
    }

    static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : TABLES) {
                s.execute(sql);
            }
            s.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('schema', '" + VERSION + "')");
        }
    }
}
