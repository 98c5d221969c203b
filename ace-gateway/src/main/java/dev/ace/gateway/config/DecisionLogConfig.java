package dev.ace.gateway.config;

import java.nio.file.Path;

/**
 * Where decision records go.
 *
 * @param kind         LEDGER (the transparency ledger: a Merkle log with signed checkpoints, the default) or
 *                     JSONL (a plain file with group-committed fsync)
 * @param path         the ledger directory, or the JSONL file
 * @param digestKeyEnv environment variable holding the secret behind per-tenant content HMACs; when unset
 *                     a random key is created once in {@code digest.key} in the log's parent directory
 * @param signerKey    the ledger's checkpoint-signing key, a file written by {@code ace ledger keygen}
 *                     ({@code signer.key}); null: {@code <path>.signer.key}, created on first use
 */
public record DecisionLogConfig(Kind kind, Path path, String digestKeyEnv, Path signerKey) {
    public enum Kind {
        JSONL, LEDGER
    }

    /** A log whose ledger (if it is one) signs with the key kept beside it. */
    public DecisionLogConfig(Kind kind, Path path, String digestKeyEnv) {
        this(kind, path, digestKeyEnv, null);
    }

    public static DecisionLogConfig defaults() {
        return new DecisionLogConfig(Kind.LEDGER, Path.of("ace-data", "ledger"), "ACE_DIGEST_KEY");
    }

    public DecisionLogConfig withSignerKey(Path key) {
        return new DecisionLogConfig(kind, path, digestKeyEnv, key);
    }
}
