package dev.ace.ledger;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The embedded log: {@code entries.log} (the source of truth, fsynced before an append returns), {@code entries.idx}
 * (entry offsets) and {@code hashes/} (the tree), which are derived and rebuilt on recovery past the last signed
 * checkpoint, and {@code checkpoints.log}. One writer thread commits batches: every appender waiting when it starts a
 * write shares its fsync.
 */
final class EmbeddedLedger extends AbstractLog implements Ledger {
    static final String INDEX = "entries.idx";
    static final String VERIFIER_KEY = "verifier-key";
    static final String LOCK = "LOCK";
    private static final int MAX_BATCH = 8192;

    private final Path dir;
    private final LedgerOptions options;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final EntryLog entries;
    private final MappedSlots offsets;
    private final TreeFiles tree;
    private final CheckpointLog checkpoints;
    /** Groups of entries, each one caller's: a group is never split across two commits (one fsync per group). */
    private final LinkedBlockingQueue<List<Pending>> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private final ScheduledExecutorService checkpointer;
    private volatile long size;
    private volatile SignedCheckpoint latest;
    private volatile Throwable failure;
    private volatile boolean closed;

    /** An entry waiting for the writer; its leaf hash is computed by the appender, off the writer thread. */
    private record Pending(byte[] entry, Digest leafHash, CompletableFuture<Long> done) {
    }

    private static final Pending STOP = new Pending(new byte[0], Merkle.emptyRoot(), new CompletableFuture<>());

    private EmbeddedLedger(Path dir, LedgerOptions options, FileChannel lockChannel, FileLock lock) {
        this.dir = dir;
        this.options = options;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.checkpoints = CheckpointLog.open(dir);
        this.entries = new EntryLog(dir.resolve(EntryLog.FILE), true);
        this.offsets = new MappedSlots(dir.resolve(INDEX), Long.BYTES);
        this.tree = new TreeFiles(dir);
        recover();
        this.writer = Thread.ofPlatform().name("ace-ledger-writer").daemon().start(this::writeLoop);
        if (options.checkpointInterval().isZero()) {
            this.checkpointer = null;
        } else {
            this.checkpointer = Executors.newSingleThreadScheduledExecutor(
                    r -> Thread.ofPlatform().name("ace-ledger-checkpointer").daemon().unstarted(r));
            long ms = Math.max(1, options.checkpointInterval().toMillis());
            checkpointer.scheduleWithFixedDelay(this::checkpointQuietly, 0, ms, TimeUnit.MILLISECONDS);
        }
    }

    static EmbeddedLedger open(Path dir, LedgerOptions options) {
        FileChannel lockChannel = null;
        try {
            Files.createDirectories(dir);
            lockChannel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = lockChannel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new LedgerException(dir + " is open in another process (" + LOCK + " is locked)");
            }
            writeOrCheckKey(dir, options.signer().verifier());
            return new EmbeddedLedger(dir, options, lockChannel, lock);
        } catch (IOException e) {
            closeQuietly(lockChannel);
            throw new LedgerException("cannot open the log in " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(lockChannel);
            throw e;
        }
    }

    private static void writeOrCheckKey(Path dir, NoteVerifier key) throws IOException {
        Path file = dir.resolve(VERIFIER_KEY);
        if (Files.exists(file)) {
            String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!stored.equals(key.text())) {
                throw new LedgerException(dir + " is signed by " + stored + ", not by the key given ("
                        + key.text() + "); a log keeps one key");
            }
        } else {
            Files.writeString(file, key.text() + "\n", StandardCharsets.UTF_8);
        }
    }

    // ---- recovery

    private void recover() {
        List<String> notes = checkpoints.notes();
        SignedCheckpoint last = null;
        if (!notes.isEmpty()) {
            try {
                last = SignedCheckpoint.open(notes.get(notes.size() - 1), options.signer().verifier());
            } catch (ProofException e) {
                throw new LedgerException(dir.resolve(CheckpointLog.FILE) + ": the latest checkpoint does not verify: "
                        + e.getMessage());
            }
            if (!last.checkpoint().origin().equals(options.origin())) {
                throw new LedgerException(dir + " holds the log '" + last.checkpoint().origin() + "', not '"
                        + options.origin() + "'");
            }
        }
        long trusted = last == null ? 0 : last.checkpoint().size();
        try {
            long start = trustedEnd(trusted);
            if (start < 0 || !scan(start, trusted, last)) {
                if (!scan(EntryLog.MAGIC.length, 0, last)) {
                    throw new LedgerException(dir + ": the entries do not give the root of the signed checkpoint at size "
                            + trusted + "; run 'ace ledger verify --dir " + dir + "' to find the changed entry");
                }
            }
            entries.truncateTail(); // only now that the signed root is known to hold
            if (last != null) {
                checkpoints.writeLatest(last.note());
            }
        } catch (IOException e) {
            throw new LedgerException("cannot recover " + entries.file() + ": " + e.getMessage(), e);
        }
        latest = last;
    }

    /** Where the records past the first {@code trusted} ones start, or -1 if the index cannot say. */
    private long trustedEnd(long trusted) throws IOException {
        if (trusted == 0) {
            return EntryLog.MAGIC.length;
        }
        if (!offsets.holds(trusted - 1) || !tree.holds(0, trusted - 1)) {
            return -1;
        }
        return entries.next(offsets.getLong(trusted - 1));
    }

    /** Re-derives index and tree from {@code start}; true if the signed checkpoint's root matches. */
    private boolean scan(long start, long firstIndex, SignedCheckpoint last) throws IOException {
        size = entries.recover(start, firstIndex, (index, offset, data) -> {
            offsets.putLong(index, offset);
            tree.appendLeaf(index, Merkle.leafHash(data));
        });
        if (last == null) {
            return true;
        }
        long signed = last.checkpoint().size();
        return size >= signed && root(signed).equals(last.checkpoint().root());
    }

    // ---- appending

    @Override
    public long append(byte[] entry) {
        Pending p = pending(entry);
        queue.add(List.of(p));
        return await(p);
    }

    /** The entries are queued as one group, so they are committed together: their callers wait for one fsync. */
    @Override
    public long[] appendAll(List<byte[]> batch) {
        List<Pending> submitted = new ArrayList<>(batch.size());
        for (byte[] e : batch) {
            submitted.add(pending(e));
        }
        queue.add(submitted);
        long[] out = new long[batch.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = await(submitted.get(i));
        }
        return out;
    }

    private Pending pending(byte[] entry) {
        if (entry.length > MAX_ENTRY_BYTES) {
            throw new IllegalArgumentException("an entry is at most " + MAX_ENTRY_BYTES + " bytes, got " + entry.length);
        }
        checkOpen();
        byte[] copy = entry.clone();
        return new Pending(copy, Merkle.leafHash(copy), new CompletableFuture<>());
    }

    private long await(Pending p) {
        try {
            while (true) {
                try {
                    return p.done().get(1, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    if (!writer.isAlive()) {
                        throw new LedgerException("the log in " + dir + " closed before the entry was written");
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerException("interrupted while waiting for the append to become durable", e);
        } catch (ExecutionException e) {
            throw new LedgerException("append failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new LedgerException("the log in " + dir + " is closed");
        }
        if (failure != null) {
            throw new LedgerException("the log in " + dir + " failed and refuses appends until reopened: "
                    + failure.getMessage(), failure);
        }
    }

    private void writeLoop() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        boolean stop = false;
        while (!stop) {
            batch.clear();
            try {
                batch.addAll(queue.take());
            } catch (InterruptedException e) {
                break;
            }
            for (List<Pending> group; batch.size() < MAX_BATCH && (group = queue.poll()) != null; ) {
                batch.addAll(group);
            }
            stop = batch.remove(STOP);
            if (!batch.isEmpty()) {
                commit(batch);
            }
        }
        for (List<Pending> group; (group = queue.poll()) != null; ) {
            group.forEach(p -> p.done().completeExceptionally(new LedgerException("the log closed before the entry was written")));
        }
    }

    private void commit(List<Pending> batch) {
        if (failure != null) {
            batch.forEach(p -> p.done().completeExceptionally(failure));
            return;
        }
        List<byte[]> data = new ArrayList<>(batch.size());
        batch.forEach(p -> data.add(p.entry()));
        long base = size;
        try {
            long[] at = entries.append(data);
            for (int i = 0; i < at.length; i++) {
                offsets.putLong(base + i, at[i]);
                tree.appendLeaf(base + i, batch.get(i).leafHash());
            }
        } catch (IOException | RuntimeException e) {
            failure = new LedgerException("writing " + entries.file() + " failed: " + e.getMessage(), e);
            batch.forEach(p -> p.done().completeExceptionally(failure));
            return;
        }
        size = base + batch.size();
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).done().complete(base + i);
        }
    }

    // ---- checkpoints

    private void checkpointQuietly() {
        try {
            signCheckpoint();
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    @Override
    public synchronized SignedCheckpoint signCheckpoint() {
        long n = size;
        SignedCheckpoint last = latest;
        if (last != null && last.checkpoint().size() == n) {
            return last;
        }
        Digest root = root(n);
        if (last != null) {
            Checkpoint prev = last.checkpoint();
            try {
                Proofs.verifyConsistency(prev.size(), n, prev.root(), root, consistencyProof(prev.size(), n));
            } catch (ProofException e) {
                throw new LedgerException("refusing to sign size " + n + ", inconsistent with the signed size "
                        + prev.size() + ": " + e.getMessage());
            }
        }
        tree.force();
        offsets.force();
        SignedCheckpoint next = SignedCheckpoint.sign(new Checkpoint(options.origin(), n, root), options.signer());
        try {
            checkpoints.append(next.note());
        } catch (IOException e) {
            throw new LedgerException("cannot write " + dir.resolve(CheckpointLog.FILE) + ": " + e.getMessage(), e);
        }
        latest = next;
        return next;
    }

    // ---- reading

    @Override
    public long size() {
        return size;
    }

    @Override
    public Digest completeSubtree(int level, long index) {
        return tree.get(level, index);
    }

    @Override
    public byte[] entry(long index) {
        checkIndex(index);
        return entries.read(offsets.getLong(index));
    }

    @Override
    public Optional<SignedCheckpoint> checkpoint() {
        return Optional.ofNullable(latest);
    }

    @Override
    public NoteVerifier verifierKey() {
        return options.signer().verifier();
    }

    // ---- closing

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        if (checkpointer != null) {
            checkpointer.shutdown();
            try {
                checkpointer.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        queue.add(List.of(STOP));
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            if (failure == null) {
                signCheckpoint();
            }
        } finally {
            closeQuietly(entries);
            closeQuietly(offsets);
            closeQuietly(tree);
            closeQuietly(checkpoints);
            try {
                lock.release();
            } catch (IOException ignored) {
                // the channel close below releases it too
            }
            closeQuietly(lockChannel);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception ignored) {
            // closing is best effort; the data was forced before
        }
    }
}
