package dev.ace.cli.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ace.ledger.Digest;
import dev.ace.ledger.Ledger;
import dev.ace.ledger.LedgerException;
import dev.ace.ledger.LedgerHttp;
import dev.ace.ledger.LogReader;
import dev.ace.ledger.LogSource;
import dev.ace.ledger.NoteVerifier;
import dev.ace.ledger.ProofException;
import dev.ace.ledger.Proofs;
import dev.ace.ledger.SignedCheckpoint;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ace ledger proof inclusion|consistency}: fetches a proof as the log serves it ({@code /ledger/proof/...}),
 * prints its JSON, and checks it with the RFC 9162 algorithms against the roots it claims and, where a size is the
 * signed checkpoint's, against that signed root.
 */
@Command(name = "proof", mixinStandardHelpOptions = true, description = "Print and check an inclusion or consistency proof.",
        subcommands = {ProofCommand.Inclusion.class, ProofCommand.Consistency.class})
final class ProofCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    abstract static class Base implements Callable<Integer> {
        @Mixin
        Source source;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        abstract String path();

        abstract Map<String, String> query();

        abstract void check(JsonNode json, SignedCheckpoint signed) throws ProofException;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            try {
                source.check();
                NoteVerifier key;
                String json;
                String note;
                if (source.dir != null) {
                    try (LogReader reader = Ledger.readDirectory(source.dir)) {
                        LedgerHttp http = new LedgerHttp(reader);
                        key = source.verifier().orElse(reader.verifierKey());
                        json = body(http.handle(path(), query()));
                        note = body(http.handle("checkpoint", Map.of()));
                    }
                } else {
                    LogSource log = LogSource.http(source.url);
                    key = source.verifier().isPresent() ? source.verifier().get()
                            : NoteVerifier.parse(text(log.get("verifier-key").orElseThrow(() -> new IOException("no verifier-key"))));
                    json = text(log.get(path() + "?" + queryString()).orElseThrow(() -> new IOException("no proof endpoint")));
                    note = text(log.get("checkpoint").orElseThrow(() -> new IOException("the log has no checkpoint")));
                }
                SignedCheckpoint signed = SignedCheckpoint.open(note, key);
                spec.commandLine().getOut().println(json);
                spec.commandLine().getOut().flush();
                check(new ObjectMapper().readTree(json), signed);
                err.println("ace ledger proof: verified" + (source.verifier().isEmpty() ? " (with the key the log publishes)" : ""));
                return LedgerCommand.OK;
            } catch (ProofException e) {
                err.println("ace ledger proof: FAILED: " + e.getMessage());
                return LedgerCommand.FAILED;
            } catch (Source.UsageException | IOException | LedgerException | IllegalArgumentException e) {
                err.println("ace ledger proof: " + e.getMessage());
                return LedgerCommand.ERROR;
            } finally {
                err.flush();
            }
        }

        private String queryString() {
            List<String> parts = new ArrayList<>();
            query().forEach((k, v) -> parts.add(k + "=" + v));
            return String.join("&", parts);
        }

        private static String body(LedgerHttp.Response r) throws IOException {
            if (r.status() != 200) {
                throw new IOException(r.bodyText().strip());
            }
            return r.bodyText();
        }

        private static String text(byte[] b) {
            return new String(b, StandardCharsets.UTF_8);
        }

        /** A query of one required and one optional (null: left out, the server uses its latest size) number. */
        static Map<String, String> query(String required, long value, String optional, Long optionalValue) {
            Map<String, String> q = new LinkedHashMap<>();
            q.put(required, Long.toString(value));
            if (optionalValue != null) {
                q.put(optional, Long.toString(optionalValue));
            }
            return q;
        }

        static Digest digest(JsonNode json, String field) throws ProofException {
            JsonNode n = json.get(field);
            if (n == null || !n.isTextual()) {
                throw new ProofException("the proof JSON has no '" + field + "'");
            }
            return Digest.of(Base64.getDecoder().decode(n.asText()));
        }

        static List<Digest> hashes(JsonNode json) throws ProofException {
            List<Digest> out = new ArrayList<>();
            JsonNode proof = json.get("proof");
            if (proof == null || !proof.isArray()) {
                throw new ProofException("the proof JSON has no 'proof' array");
            }
            for (JsonNode h : proof) {
                out.add(Digest.of(Base64.getDecoder().decode(h.asText())));
            }
            return out;
        }

        /** The root to check a tree of {@code size} against: the signed one when the sizes match. */
        static Digest trusted(Digest claimed, long size, SignedCheckpoint signed) throws ProofException {
            if (signed.checkpoint().size() == size && !signed.checkpoint().root().equals(claimed)) {
                throw new ProofException("the proof's root for size " + size + " is " + claimed.hex()
                        + " but the signed checkpoint says " + signed.checkpoint().root().hex());
            }
            return claimed;
        }
    }

    @Command(name = "inclusion", mixinStandardHelpOptions = true, description = "Proof that entry INDEX is in the tree of SIZE.")
    static final class Inclusion extends Base {
        @Option(names = "--index", required = true, paramLabel = "INDEX")
        long index;

        @Option(names = "--size", paramLabel = "SIZE", description = "default: the signed checkpoint's size")
        Long size;

        @Override
        String path() {
            return "proof/inclusion";
        }

        @Override
        Map<String, String> query() {
            return query("index", index, "size", size);
        }

        @Override
        void check(JsonNode json, SignedCheckpoint signed) throws ProofException {
            long n = json.path("size").asLong(-1);
            Digest root = trusted(digest(json, "root"), n, signed);
            Proofs.verifyInclusion(digest(json, "leaf_hash"), index, n, hashes(json), root);
        }
    }

    @Command(name = "consistency", mixinStandardHelpOptions = true, description = "Proof that the tree of TO extends the tree of FROM.")
    static final class Consistency extends Base {
        @Option(names = "--from", required = true, paramLabel = "FROM")
        long from;

        @Option(names = "--to", paramLabel = "TO", description = "default: the signed checkpoint's size")
        Long to;

        @Override
        String path() {
            return "proof/consistency";
        }

        @Override
        Map<String, String> query() {
            return query("from", from, "to", to);
        }

        @Override
        void check(JsonNode json, SignedCheckpoint signed) throws ProofException {
            long n = json.path("to").asLong(-1);
            Digest second = trusted(digest(json, "to_root"), n, signed);
            Proofs.verifyConsistency(from, n, digest(json, "from_root"), second, hashes(json));
        }
    }
}
