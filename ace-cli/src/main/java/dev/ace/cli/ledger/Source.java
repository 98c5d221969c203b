package dev.ace.cli.ledger;

import dev.ace.ledger.NoteVerifier;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where a log is read from: {@code --dir} or {@code --url}, and an optional pinned {@code --key}. */
final class Source {
    @Option(names = "--dir", paramLabel = "DIR", description = "an embedded log directory, or a directory written by 'ace ledger export'")
    Path dir;

    @Option(names = "--url", paramLabel = "URL", description = "the log's HTTP prefix, e.g. http://127.0.0.1:8080/ledger/")
    URI url;

    @Option(names = "--key", paramLabel = "VERIFIER_KEY_OR_FILE",
            description = "the verifier key text (name+id+key) or a file holding it; default: the key the log publishes")
    String key;

    /** Checks that exactly one of --dir and --url is given. */
    void check() throws UsageException {
        if ((dir == null) == (url == null)) {
            throw new UsageException("give exactly one of --dir DIR and --url URL");
        }
        if (url != null && !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
            throw new UsageException("--url must be an http(s) URL, got " + url);
        }
    }

    Optional<NoteVerifier> verifier() throws UsageException {
        if (key == null) {
            return Optional.empty();
        }
        String text = key;
        Path file = Path.of(key);
        if (!key.contains("+") || Files.isRegularFile(file)) {
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UsageException("--key: cannot read " + file + ": " + e.getMessage());
            }
        }
        try {
            return Optional.of(NoteVerifier.parse(text));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--key: " + e.getMessage());
        }
    }

    String describe() {
        return dir != null ? dir.toString() : url.toString();
    }

    /** A usage or configuration error: exit 2 with the message. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
