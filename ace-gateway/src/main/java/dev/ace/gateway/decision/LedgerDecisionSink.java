package dev.ace.gateway.decision;

import dev.ace.ledger.Ledger;
import dev.ace.ledger.LedgerException;
import dev.ace.ledger.LedgerOptions;
import dev.ace.ledger.LogReader;
import dev.ace.ledger.NoteSigner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends each decision record to the transparency ledger (an embedded Merkle log with signed
 * checkpoints) as the RFC 8785 canonical JSON of {@link DecisionRecord#toMap()} ({@link DecisionRecord#canonicalJson()}). The ledger's append
 * returns only once the entry is durable and shares fsyncs between concurrent appenders, so the
 * sink's contract holds. The checkpoint signing key is the file given (one {@code ace ledger keygen} wrote), or
 * else lives beside the log directory ({@code <dir>.signer.key}) and is created on first use.
 */
public final class LedgerDecisionSink implements DecisionSink {
    /**
     * The origin line of this gateway's checkpoints when it makes its own key, and that key's name: C2SP
     * tlog-checkpoint says the log's key name SHOULD match the origin, and witnesses and clients that follow many
     * logs look the key up by it.
     */
    public static final String ORIGIN = "ace.local/decisions";

    /** The name the gateway gave its own keys before they were named after the origin; such logs keep {@link #ORIGIN}. */
    static final String LEGACY_KEY_NAME = "ace.local";

    private final Ledger ledger;
    private volatile boolean closed;

    private LedgerDecisionSink(Ledger ledger) {
        this.ledger = ledger;
    }

    /** Opens (creating or recovering) the ledger in {@code dir}, signing with the key beside it. */
    public static LedgerDecisionSink open(Path dir) {
        return open(dir, null);
    }

    /**
     * Opens (creating or recovering) the ledger in {@code dir}.
     *
     * @param signerKey the signing key file ({@code ace ledger keygen}'s {@code signer.key}), never created here;
     *                  null for {@code <dir>.signer.key}, created on first use
     * @throws LedgerException naming the key file when it is missing or not a signer key, or when the log was
     *                         signed with another key, or another process holds it
     */
    public static LedgerDecisionSink open(Path dir, Path signerKey) {
        NoteSigner signer = signerKey == null ? besideTheLog(dir) : given(signerKey);
        return new LedgerDecisionSink(Ledger.openEmbedded(dir, LedgerOptions.of(originFor(signer), signer)));
    }

    /**
     * The origin of a log signed by {@code signer}: the key's name ({@code ace ledger keygen --name
     * ace.example.com/decisions}), so that the signature line names the log it signs. A key named {@code ace.local},
     * which earlier versions generated beside the log, keeps the origin those logs were written with.
     */
    public static String originFor(NoteSigner signer) {
        return signer.name().equals(LEGACY_KEY_NAME) ? ORIGIN : signer.name();
    }

    private static NoteSigner given(Path keyFile) {
        String text;
        try {
            text = Files.readString(keyFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new LedgerException("the ledger signing key " + keyFile + " does not exist (write one with "
                    + "`ace ledger keygen --name NAME --out DIR`, then give DIR/signer.key)");
        } catch (IOException e) {
            throw new LedgerException("cannot read the ledger signing key " + keyFile + ": " + e.getMessage(), e);
        }
        try {
            return NoteSigner.parse(text);
        } catch (IllegalArgumentException e) {
            throw new LedgerException("the ledger signing key " + keyFile + " is not a signer key (" + e.getMessage()
                    + "; the verifier.key beside it is the public half)");
        }
    }

    private static NoteSigner besideTheLog(Path dir) {
        Path keyFile = dir.toAbsolutePath().resolveSibling(dir.getFileName() + ".signer.key");
        try {
            if (Files.exists(keyFile)) {
                return NoteSigner.parse(Files.readString(keyFile, StandardCharsets.UTF_8));
            }
            Files.createDirectories(keyFile.getParent());
            NoteSigner s = NoteSigner.generate(ORIGIN, new SecureRandom());
            Files.writeString(keyFile, s.text() + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // a non-POSIX file system keeps its default permissions
            }
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the ledger signing key " + keyFile + ": "
                    + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the ledger signing key " + keyFile + " is not valid: " + e.getMessage(), e);
        }
    }

    /** The log, read-only, for serving under {@code /ledger/}. */
    public LogReader reader() {
        return ledger;
    }

    /** The ledger's size: each record's sequence is then its leaf index, as long as appends do not overlap. */
    @Override
    public long nextSequence() {
        return ledger.size();
    }

    @Override
    public void accept(DecisionRecord record) {
        if (closed) {
            throw new DecisionLogException("the decision ledger is closed", null);
        }
        try {
            ledger.append(record.canonicalJson());
        } catch (RuntimeException e) {
            throw new DecisionLogException("the decision ledger refused record " + record.requestId() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Appends the records together: the ledger's group commit makes them durable with one fsync. */
    @Override
    public void acceptAll(List<DecisionRecord> records) {
        if (closed) {
            throw new DecisionLogException("the decision ledger is closed", null);
        }
        List<byte[]> entries = new ArrayList<>(records.size());
        records.forEach(r -> entries.add(r.canonicalJson()));
        try {
            ledger.appendAll(entries);
        } catch (RuntimeException e) {
            throw new DecisionLogException("the decision ledger refused record " + records.get(0).requestId() + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            ledger.close();
        }
    }
}
