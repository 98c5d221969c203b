package dev.ace.gateway.config;

import java.nio.file.Path;

/**
 * Where decision records go.
 *
 * @param kind         JSONL (a file with group-committed fsync) or LEDGER (the Merkle log, when built in)
 * @param path         the JSONL file, or the ledger directory
 * @param digestKeyEnv environment variable holding the secret behind per-tenant content HMACs; when unset
 *                     a random key is created once in {@code digest.key} beside the log
 */
public record DecisionLogConfig(Kind kind, Path path, String digestKeyEnv) {
    public enum Kind {
        JSONL, LEDGER
    }

    public static DecisionLogConfig defaults() {
        return new DecisionLogConfig(Kind.JSONL, Path.of("ace-data", "decisions.jsonl"), "ACE_DIGEST_KEY");
    }
}
