package org.stemma.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.stemma.model.RawArticle;

/**
 * An embedded, persistent store of an analysis in one data folder: articles (raw text and clean result), their
 * anchors, passages, events and storylines, provenance edges and lost sources.
 *
 * <p>{@link #commit} adds a batch incrementally and atomically: either the whole batch and everything it
 * changed is stored, or nothing is. A committed batch survives the process being killed at any moment (SQLite
 * in WAL mode with {@code synchronous=FULL}: the commit returns after the log is on disk), and a store killed
 * mid-batch opens at its last commit without a repair step (SQLite rolls the unfinished log tail back on its
 * own). {@link #snapshot()} gives readers a consistent view that commits made afterwards do not change.
 *
 * <p>Thread-safety: commits are serialised by this object; snapshots are independent and may be used from
 * other threads (each on one thread at a time). One process should write a folder at a time; a second writer
 * waits up to {@link StoreConfig#busyTimeoutMillis()}.
 */
public final class Store implements Closeable {
    /** The database file inside the data folder. */
    public static final String FILE_NAME = "stemma.db";

    private final Path dir;
    private final StoreConfig config;
    private final Connection writer;
    private final Ingester ingester;

    private Store(Path dir, StoreConfig config, Connection writer) {
        this.dir = dir;
        this.config = config;
        this.writer = writer;
        this.ingester = new Ingester(writer, config);
    }

    /** Opens the store in {@code dir} with the default config, creating the folder and store if missing. */
    public static Store open(Path dir) throws IOException {
        return open(dir, StoreConfig.defaults());
    }

    /**
     * Opens the store in {@code dir}, creating the folder and an empty store if missing, and migrating a store
     * written by an older stemma in one transaction (committed rows are kept; see {@code Schema}).
     */
    public static Store open(Path dir, StoreConfig config) throws IOException {
        if (dir == null || config == null) {
            throw new IllegalArgumentException("dir and config must not be null");
        }
        Files.createDirectories(dir);
        try {
            Connection c = connect(dir, config);
            try {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA journal_mode=WAL");
                    // The writer's page cache (SQLite's default is 2 MB): each batch inserts its anchors and
                    // passages into B-trees of gigabytes; native memory, taken only as pages are read.
                    s.execute("PRAGMA cache_size = -" + WRITER_CACHE_KIB);
                }
                c.setAutoCommit(false);
                Schema.create(c);
                checkVersion(c, dir);
                c.commit();
                return new Store(dir, config, c);
            } catch (SQLException | IOException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new IOException("cannot open store in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Adds {@code batch} to the store in one transaction, analysing it against what is stored: cleans the new
     * articles, finds candidates among them and against the stored anchors, aligns each candidate pair, adds
     * them to the events and storylines, and rebuilds provenance for every family a new article joins.
     * Articles whose id is already stored or repeated in the batch are left out with a problem; an empty batch
     * is committed as an empty batch. On failure nothing of the batch is stored.
     *
     * @param label what to call the batch in {@link BatchInfo#label()}
     */
    public synchronized CommitResult commit(List<RawArticle> batch, String label) throws IOException {
        if (batch == null || label == null) {
            throw new IllegalArgumentException("batch and label must not be null");
        }
        try {
            return ingester.commit(batch, label);
        } catch (SQLException e) {
            throw new IOException("batch '" + label + "' not committed to " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A consistent read view of the last committed batch; close it to release its connection. */
    public Snapshot snapshot() throws IOException {
        try {
            Connection c = connect(dir, config);
            try {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA query_only = true");
                }
                c.setAutoCommit(false);
                // The first read opens SQLite's read transaction and fixes the snapshot (WAL mode).
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM batch")) {
                    r.next();
                }
                return new Snapshot(c);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new IOException("cannot read store in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The data folder. */
    public Path dir() {
        return dir;
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            writer.close();
        } catch (SQLException e) {
            throw new IOException("cannot close store in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The writer connection's page cache, in KiB. */
    static final int WRITER_CACHE_KIB = 256 * 1024;

    private static Connection connect(Path dir, StoreConfig config) throws SQLException {
        Properties p = new Properties();
        // FULL: the WAL is synced at every commit, so a commit that returned survives kill -9 and power loss.
        p.setProperty("synchronous", "FULL");
        p.setProperty("busy_timeout", Integer.toString(config.busyTimeoutMillis()));
        p.setProperty("foreign_keys", "false");
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(FILE_NAME).toAbsolutePath(), p);
    }

    private static void checkVersion(Connection c, Path dir) throws SQLException, IOException {
        try (PreparedStatement s = c.prepareStatement("SELECT value FROM meta WHERE key = 'schema'");
             ResultSet r = s.executeQuery()) {
            String version = r.next() ? r.getString(1) : "";
            if (!Integer.toString(Schema.VERSION).equals(version)) {
                throw new IOException("store in " + dir + " has schema version '" + version + "', this stemma reads "
                        + Schema.VERSION);
            }
        }
    }
}
