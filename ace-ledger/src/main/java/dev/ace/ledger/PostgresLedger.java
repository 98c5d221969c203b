package dev.ace.ledger;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The log kept in PostgreSQL, for several gateways writing one log. Appends are queued durably in
 * {@code ace_ledger_queue} (each process inserts its waiting appenders in one transaction: group commit); sequencing
 * happens in the database: one process at a time holds a session advisory lock and integrates queued rows in order,
 * in one transaction per batch that assigns leaf indexes, stores leaves and every completed subtree hash in
 * {@code ace_ledger_nodes}, deletes the queue rows and moves the head. If the sequencer dies its session ends, the lock
 * is freed and another process takes over. Checkpoints are signed under the head row's lock, so two processes never
 * sign inconsistent ones.
 */
final class PostgresLedger extends AbstractLog implements Ledger {
    private static final long LOCK_KEY = 0x4143454c45444752L; // "ACELEDGR"
    private static final int MAX_BATCH = 4096;
    private static final long MIN_WAIT_MS = 2;
    private static final long MAX_WAIT_MS = 50;
    private static final String[] SCHEMA = {
        "CREATE TABLE IF NOT EXISTS ace_ledger_meta (origin text PRIMARY KEY, verifier_key text NOT NULL)",
        "CREATE TABLE IF NOT EXISTS ace_ledger_queue (id bigserial PRIMARY KEY, entry bytea NOT NULL)",
        "CREATE TABLE IF NOT EXISTS ace_ledger_leaves (idx bigint PRIMARY KEY, queue_id bigint NOT NULL UNIQUE, entry bytea NOT NULL)",
        "CREATE TABLE IF NOT EXISTS ace_ledger_nodes (level int NOT NULL, idx bigint NOT NULL, hash bytea NOT NULL,"
                + " PRIMARY KEY (level, idx))",
        "CREATE TABLE IF NOT EXISTS ace_ledger_head (id int PRIMARY KEY CHECK (id = 1), size bigint NOT NULL)",
        "CREATE TABLE IF NOT EXISTS ace_ledger_checkpoints (size bigint PRIMARY KEY, note text NOT NULL)",
        "INSERT INTO ace_ledger_head VALUES (1, 0) ON CONFLICT DO NOTHING",
    };

    private final String url;
    private final LedgerOptions options;
    private final Connection work;
    private final Connection read;
    private final LinkedBlockingQueue<Pending> pending = new LinkedBlockingQueue<>();
    private final Map<Long, CompletableFuture<Long>> waiting = new ConcurrentHashMap<>();
    private final Thread loop;
    private volatile boolean closed;
    private volatile boolean sequencer;
    private long lastCheckpointMillis;

    private record Pending(byte[] entry, CompletableFuture<Long> done) {
    }

    private PostgresLedger(String url, LedgerOptions options, Connection work, Connection read) {
        this.url = url;
        this.options = options;
        this.work = work;
        this.read = read;
        this.loop = Thread.ofPlatform().name("ace-ledger-pg").daemon().start(this::run);
    }

    static PostgresLedger open(String url, LedgerOptions options) {
        Connection work = null;
        Connection read = null;
        try {
            work = DriverManager.getConnection(url);
            read = DriverManager.getConnection(url);
            createSchema(work, options);
            return new PostgresLedger(url, options, work, read);
        } catch (SQLException e) {
            closeQuietly(work);
            closeQuietly(read);
            throw new LedgerException("cannot open the log in " + redact(url) + ": " + e.getMessage(), e);
        }
    }

    private static void createSchema(Connection c, LedgerOptions options) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(" + (LOCK_KEY + 1) + ")");
            for (String sql : SCHEMA) {
                s.execute(sql);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ace_ledger_meta VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                ps.setString(1, options.origin());
                ps.setString(2, options.signer().verifier().text());
                ps.executeUpdate();
            }
            try (ResultSet rs = s.executeQuery("SELECT origin, verifier_key FROM ace_ledger_meta")) {
                while (rs.next()) {
                    if (!rs.getString(1).equals(options.origin()) || !rs.getString(2).equals(options.signer().verifier().text())) {
                        throw new LedgerException("the database holds the log '" + rs.getString(1) + "' signed by "
                                + rs.getString(2) + ", not '" + options.origin() + "' signed by " + options.signer().verifier());
                    }
                }
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    /** Drops the tables (tests only). */
    static void dropTables(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS ace_ledger_meta, ace_ledger_queue, ace_ledger_leaves, ace_ledger_nodes,"
                    + " ace_ledger_head, ace_ledger_checkpoints");
        }
    }

    // ---- appending

    @Override
    public long append(byte[] entry) {
        return await(submit(entry));
    }

    @Override
    public long[] appendAll(List<byte[]> batch) {
        List<Pending> submitted = new ArrayList<>(batch.size());
        for (byte[] e : batch) {
            submitted.add(submit(e));
        }
        long[] out = new long[batch.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = await(submitted.get(i));
        }
        return out;
    }

    private Pending submit(byte[] entry) {
        if (entry.length > MAX_ENTRY_BYTES) {
            throw new IllegalArgumentException("an entry is at most " + MAX_ENTRY_BYTES + " bytes, got " + entry.length);
        }
        if (closed) {
            throw new LedgerException("the log in " + redact(url) + " is closed");
        }
        Pending p = new Pending(entry.clone(), new CompletableFuture<>());
        pending.add(p);
        return p;
    }

    private long await(Pending p) {
        try {
            while (true) {
                try {
                    return p.done().get(1, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    if (!loop.isAlive()) {
                        throw new LedgerException("the log closed before the entry was integrated");
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerException("interrupted while waiting for the append to be integrated", e);
        } catch (ExecutionException e) {
            throw new LedgerException("append failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        long idleWait = MIN_WAIT_MS;
        while (!closed || !pending.isEmpty() || !waiting.isEmpty()) {
            try {
                batch.clear();
                long wait = sequencer ? idleWait : waiting.isEmpty() ? MAX_WAIT_MS : MIN_WAIT_MS;
                Pending first = pending.poll(wait, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    pending.drainTo(batch, MAX_BATCH - 1);
                    enqueue(batch);
                }
                if (sequencer || tryLock()) {
                    int n;
                    int total = 0;
                    do {
                        n = integrate();
                        total += n;
                    } while (n == MAX_BATCH);
                    // Other processes' appends arrive only through the table: poll it often while busy, back off when idle.
                    idleWait = total > 0 ? MIN_WAIT_MS : Math.min(MAX_WAIT_MS, idleWait * 2);
                    maybeCheckpoint();
                }
                resolveWaiting();
            } catch (InterruptedException e) {
                break;
            } catch (SQLException | RuntimeException e) {
                failAll(batch, e);
                sleepQuietly();
            }
        }
    }

    private void enqueue(List<Pending> batch) throws SQLException {
        work.setAutoCommit(false);
        List<Long> ids = new ArrayList<>(batch.size());
        try (PreparedStatement ps = work.prepareStatement("INSERT INTO ace_ledger_queue (entry) VALUES (?)",
                Statement.RETURN_GENERATED_KEYS)) {
            for (Pending p : batch) {
                ps.setBytes(1, p.entry());
                ps.addBatch();
            }
            ps.executeBatch();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
            work.commit();
        } catch (SQLException e) {
            work.rollback();
            throw e;
        }
        for (int i = 0; i < batch.size(); i++) {
            waiting.put(ids.get(i), batch.get(i).done());
        }
        batch.clear();
    }

    private boolean tryLock() throws SQLException {
        work.setAutoCommit(true);
        try (Statement s = work.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_try_advisory_lock(" + LOCK_KEY + ")")) {
            rs.next();
            sequencer = rs.getBoolean(1);
            return sequencer;
        }
    }

    /** Integrates up to one batch of queued entries in one transaction; returns how many. */
    private int integrate() throws SQLException {
        work.setAutoCommit(true);
        try (Statement s = work.createStatement(); ResultSet rs = s.executeQuery("SELECT 1 FROM ace_ledger_queue LIMIT 1")) {
            if (!rs.next()) {
                return 0;
            }
        }
        work.setAutoCommit(false);
        try {
            long size = headForUpdate(work);
            List<long[]> ids = new ArrayList<>();
            List<byte[]> entries = new ArrayList<>();
            try (PreparedStatement ps = work.prepareStatement(
                    "DELETE FROM ace_ledger_queue WHERE id IN (SELECT id FROM ace_ledger_queue ORDER BY id LIMIT ?)"
                            + " RETURNING id, entry")) {
                ps.setInt(1, MAX_BATCH);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(new long[] {rs.getLong(1), ids.size()});
                        entries.add(rs.getBytes(2));
                    }
                }
            }
            ids.sort((a, b) -> Long.compare(a[0], b[0]));
            if (!ids.isEmpty()) {
                store(size, ids, entries);
            }
            work.commit();
            return ids.size();
        } catch (SQLException | RuntimeException e) {
            work.rollback();
            throw e;
        }
    }

    private void store(long size, List<long[]> ids, List<byte[]> entries) throws SQLException {
        Map<Long, Digest> fresh = new HashMap<>();
        try (PreparedStatement leaf = work.prepareStatement("INSERT INTO ace_ledger_leaves VALUES (?, ?, ?)");
                PreparedStatement node = work.prepareStatement("INSERT INTO ace_ledger_nodes VALUES (?, ?, ?)")) {
            for (int i = 0; i < ids.size(); i++) {
                long index = size + i;
                byte[] entry = entries.get((int) ids.get(i)[1]);
                leaf.setLong(1, index);
                leaf.setLong(2, ids.get(i)[0]);
                leaf.setBytes(3, entry);
                leaf.addBatch();
                Digest h = Merkle.leafHash(entry);
                addNode(node, fresh, 0, index, h);
                long at = index;
                int level = 0;
                while ((at & 1) == 1) {
                    Digest left = fresh.containsKey(key(level, at - 1)) ? fresh.get(key(level, at - 1)) : node(work, level, at - 1);
                    h = Merkle.nodeHash(left, h);
                    at >>>= 1;
                    level++;
                    addNode(node, fresh, level, at, h);
                }
            }
            leaf.executeBatch();
            node.executeBatch();
        }
        try (PreparedStatement ps = work.prepareStatement("UPDATE ace_ledger_head SET size = ? WHERE id = 1")) {
            ps.setLong(1, size + ids.size());
            ps.executeUpdate();
        }
    }

    private static long key(int level, long index) {
        return index << 6 | level;
    }

    private static void addNode(PreparedStatement ps, Map<Long, Digest> fresh, int level, long index, Digest h)
            throws SQLException {
        fresh.put(key(level, index), h);
        ps.setInt(1, level);
        ps.setLong(2, index);
        ps.setBytes(3, h.bytesUnsafe());
        ps.addBatch();
    }

    private void resolveWaiting() throws SQLException {
        if (waiting.isEmpty()) {
            return;
        }
        work.setAutoCommit(true);
        Long[] ids = waiting.keySet().toArray(Long[]::new);
        try (PreparedStatement ps = work.prepareStatement("SELECT queue_id, idx FROM ace_ledger_leaves WHERE queue_id = ANY (?)")) {
            ps.setArray(1, work.createArrayOf("bigint", ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    CompletableFuture<Long> f = waiting.remove(rs.getLong(1));
                    if (f != null) {
                        f.complete(rs.getLong(2));
                    }
                }
            }
        }
    }

    private void failAll(List<Pending> batch, Exception e) {
        LedgerException failure = new LedgerException("PostgreSQL log " + redact(url) + ": " + e.getMessage(), e);
        batch.forEach(p -> p.done().completeExceptionally(failure));
        batch.clear();
        if (closed) {
            waiting.values().forEach(f -> f.completeExceptionally(failure));
            waiting.clear();
            for (Pending p; (p = pending.poll()) != null; ) {
                p.done().completeExceptionally(failure);
            }
        }
    }

    // ---- checkpoints

    private void maybeCheckpoint() {
        long now = System.currentTimeMillis();
        long interval = options.checkpointInterval().toMillis();
        if (interval > 0 && now - lastCheckpointMillis >= interval) {
            lastCheckpointMillis = now;
            signCheckpoint();
        }
    }

    @Override
    public synchronized SignedCheckpoint signCheckpoint() {
        try {
            synchronized (read) {
                read.setAutoCommit(false);
                try {
                    SignedCheckpoint result = signLocked();
                    read.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    read.rollback();
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new LedgerException("cannot sign a checkpoint in " + redact(url) + ": " + e.getMessage(), e);
        }
    }

    private SignedCheckpoint signLocked() throws SQLException {
        long size = headForUpdate(read);
        Optional<SignedCheckpoint> last = latest(read);
        if (last.isPresent() && last.get().checkpoint().size() == size) {
            return last.get();
        }
        SubtreeHashes nodes = (level, index) -> node(read, level, index);
        Digest root = Proofs.rangeHash(nodes, 0, size);
        if (last.isPresent()) {
            Checkpoint prev = last.get().checkpoint();
            try {
                Proofs.verifyConsistency(prev.size(), size, prev.root(), root, Proofs.consistencyPath(nodes, prev.size(), size));
            } catch (ProofException e) {
                throw new LedgerException("refusing to sign size " + size + ", inconsistent with the signed size "
                        + prev.size() + ": " + e.getMessage());
            }
        }
        SignedCheckpoint next = SignedCheckpoint.sign(new Checkpoint(options.origin(), size, root), options.signer());
        try (PreparedStatement ps = read.prepareStatement("INSERT INTO ace_ledger_checkpoints VALUES (?, ?)")) {
            ps.setLong(1, size);
            ps.setString(2, next.note());
            ps.executeUpdate();
        }
        return next;
    }

    private Optional<SignedCheckpoint> latest(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT note FROM ace_ledger_checkpoints ORDER BY size DESC LIMIT 1")) {
            if (!rs.next()) {
                return Optional.empty();
            }
            try {
                return Optional.of(SignedCheckpoint.open(rs.getString(1), options.signer().verifier()));
            } catch (ProofException e) {
                throw new LedgerException("ace_ledger_checkpoints: the latest checkpoint does not verify: " + e.getMessage());
            }
        }
    }

    private static long headForUpdate(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT size FROM ace_ledger_head WHERE id = 1 FOR UPDATE")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ---- reading

    private static Digest node(Connection c, int level, long index) {
        try (PreparedStatement ps = c.prepareStatement("SELECT hash FROM ace_ledger_nodes WHERE level = ? AND idx = ?")) {
            ps.setInt(1, level);
            ps.setLong(2, index);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new LedgerException("ace_ledger_nodes has no hash at level " + level + ", index " + index);
                }
                return Digest.of(rs.getBytes(1));
            }
        } catch (SQLException e) {
            throw new LedgerException("cannot read ace_ledger_nodes: " + e.getMessage(), e);
        }
    }

    @Override
    public Digest completeSubtree(int level, long index) {
        synchronized (read) {
            return node(read, level, index);
        }
    }

    @Override
    public long size() {
        synchronized (read) {
            try (Statement s = read.createStatement(); ResultSet rs = s.executeQuery("SELECT size FROM ace_ledger_head WHERE id = 1")) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new LedgerException("cannot read ace_ledger_head: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public byte[] entry(long index) {
        checkIndex(index);
        synchronized (read) {
            try (PreparedStatement ps = read.prepareStatement("SELECT entry FROM ace_ledger_leaves WHERE idx = ?")) {
                ps.setLong(1, index);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getBytes(1);
                }
            } catch (SQLException e) {
                throw new LedgerException("cannot read ace_ledger_leaves: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public Optional<SignedCheckpoint> checkpoint() {
        synchronized (read) {
            try {
                read.setAutoCommit(true);
                return latest(read);
            } catch (SQLException e) {
                throw new LedgerException("cannot read ace_ledger_checkpoints: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public NoteVerifier verifierKey() {
        return options.signer().verifier();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            loop.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            if (sequencer) {
                signCheckpoint();
            }
        } finally {
            closeQuietly(work);
            closeQuietly(read);
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // closing is best effort
            }
        }
    }

    static String redact(String url) {
        return url.replaceAll("(?i)password=[^&]*", "password=***");
    }
}
