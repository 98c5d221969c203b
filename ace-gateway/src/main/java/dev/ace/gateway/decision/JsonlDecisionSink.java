package dev.ace.gateway.decision;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Appends decision records to a JSON Lines file with group commit: callers enqueue and wait, one writer
 * thread drains everything queued, writes it, calls {@code fsync} once for the whole batch and then
 * releases every caller of that batch. Concurrent callers therefore share one fsync, and none returns
 * before its line is on disk.
 */
public final class JsonlDecisionSink implements DecisionSink {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final FileChannel channel;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean closed;
    private volatile long fsyncs;

    /** Records queued together (one caller's); null is the writer's stop signal. */
    private record Pending(List<DecisionRecord> records, CompletableFuture<Void> done) {
    }

    private JsonlDecisionSink(Path file) throws IOException {
        this.file = file;
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        boolean created = !Files.exists(file);
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        if (created) {
            syncDirectory(file.toAbsolutePath().getParent());
        }
        this.writer = Thread.ofPlatform().daemon().name("ace-decision-log").start(this::drain);
    }

    /** Makes a new file's directory entry durable too, so a crash cannot lose the file itself. */
    private static void syncDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // some platforms cannot open a directory for sync; the records themselves are still fsynced
        }
    }

    /** Opens (creating if needed) the JSONL file and starts its writer thread. */
    public static JsonlDecisionSink open(Path file) {
        try {
            return new JsonlDecisionSink(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open decision log " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** How many fsyncs were made so far: fewer than records when callers overlap. */
    public long fsyncs() {
        return fsyncs;
    }

    @Override
    public void accept(DecisionRecord record) {
        acceptAll(List.of(record));
    }

    /** Queues all the records as one item, so that they share the writer's next fsync. */
    @Override
    public void acceptAll(List<DecisionRecord> records) {
        if (closed) {
            throw new DecisionLogException("decision log " + file + " is closed", null);
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        queue.add(new Pending(List.copyOf(records), done));
        try {
            done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DecisionLogException("interrupted while waiting for the decision log", e);
        } catch (ExecutionException e) {
            throw new DecisionLogException("decision log " + file + " failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private void drain() {
        List<Pending> batch = new ArrayList<>();
        while (true) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch);
            if (batch.stream().anyMatch(p -> p.records == null)) {
                writeBatch(batch.stream().filter(p -> p.records != null).toList());
                batch.stream().filter(p -> p.records == null).forEach(p -> p.done.complete(null));
                return;
            }
            writeBatch(batch);
            batch.clear();
        }
    }

    private void writeBatch(List<Pending> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            StringBuilder sb = new StringBuilder();
            batch.stream().flatMap(p -> p.records.stream()).sorted(Comparator.comparingLong(DecisionRecord::sequence))
                    .forEach(r -> sb.append(line(r)).append('\n'));
            ByteBuffer buf = ByteBuffer.wrap(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
            channel.force(false);
            fsyncs++;
            batch.forEach(p -> p.done.complete(null));
        } catch (IOException | RuntimeException e) {
            batch.forEach(p -> p.done.completeExceptionally(e));
        }
    }

    private static String line(DecisionRecord r) {
        try {
            return JSON.writeValueAsString(r.toMap());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        CompletableFuture<Void> done = new CompletableFuture<>();
        queue.add(new Pending(null, done));
        done.join();
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close decision log " + file, e);
        }
    }
}
