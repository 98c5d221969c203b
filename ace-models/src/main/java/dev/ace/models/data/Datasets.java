package dev.ace.models.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads labelled JSONL: one record a line with {@code id}, {@code text}, {@code label} ({@code safe} or
 * {@code unsafe}), {@code category} and {@code source}. A bad line is reported on standard error with its
 * file and line number and skipped, never dropped silently.
 */
public final class Datasets {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Datasets() {
    }

    /** The records of a JSONL file, or of every {@code *.jsonl} file in a directory (sorted by name). */
    public static List<LabeledText> read(Path fileOrDir) {
        return read(fileOrDir, System.err);
    }

    /** As {@link #read(Path)}, reporting bad lines to {@code problems}. */
    public static List<LabeledText> read(Path fileOrDir, PrintStream problems) {
        List<LabeledText> out = new ArrayList<>();
        for (Path file : files(fileOrDir)) {
            readFile(file, problems, out);
        }
        return out;
    }

    /** The JSONL files that {@link #read(Path)} would read, in order. */
    public static List<Path> files(Path fileOrDir) {
        if (Files.isDirectory(fileOrDir)) {
            try (Stream<Path> s = Files.list(fileOrDir)) {
                return s.filter(p -> p.getFileName().toString().endsWith(".jsonl") && Files.isRegularFile(p))
                        .sorted().toList();
            } catch (IOException e) {
                throw new DatasetException("cannot list " + fileOrDir + ": " + e.getMessage(), e);
            }
        }
        if (!Files.isRegularFile(fileOrDir)) {
            throw new DatasetException(fileOrDir + ": no such file or directory");
        }
        return List.of(fileOrDir);
    }

    /** The lower-case hex SHA-256 of a file's bytes. */
    public static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256())) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The lower-case hex SHA-256 of some bytes. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    private static void readFile(Path file, PrintStream problems, List<LabeledText> out) {
        String name = file.getFileName().toString();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(parse(line, name));
                } catch (IllegalArgumentException | IOException e) {
                    problems.println(file + ":" + n + ": skipped: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new DatasetException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static LabeledText parse(String line, String file) throws IOException {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON (" + e.getOriginalMessage() + ")");
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        // "prompt" is what several published prompt sets call the text
        String text = requireText(n, n.has("text") || !n.has("prompt") ? "text" : "prompt");
        boolean unsafe = unsafe(n.get("label"));
        String id = n.hasNonNull("id") ? n.get("id").asText() : "";
        return new LabeledText(id, text, unsafe, optText(n, "category"), optText(n, "source"), file,
                optText(n, "system_prompt"));
    }

    /**
     * Whether a label says unsafe: {@code unsafe} or {@code safe}, and the synonyms other labelled prompt sets use
     * ({@code harmful}, {@code malicious}, {@code toxic}; {@code benign}, {@code harmless}), in any case, or 1 and 0
     * (1 the harmful class). A boolean is refused: {@code true} could mean either.
     */
    public static boolean unsafe(JsonNode label) {
        if (label == null || label.isNull()) {
            throw new IllegalArgumentException("missing field label");
        }
        if (label.isIntegralNumber() && (label.asLong() == 0 || label.asLong() == 1)) {
            return label.asLong() == 1;
        }
        if (label.isBoolean()) {
            throw new IllegalArgumentException("field label is " + label.asBoolean()
                    + ", which could mean either: write \"safe\" or \"unsafe\"");
        }
        if (!label.isTextual()) {
            throw new IllegalArgumentException("field label is " + label + ", expected \"safe\" or \"unsafe\"");
        }
        return switch (label.asText().trim().toLowerCase(java.util.Locale.ROOT)) {
            case "unsafe", "harmful", "malicious", "toxic", "1" -> true;
            case "safe", "benign", "harmless", "0" -> false;
            default -> throw new IllegalArgumentException("field label is \"" + label.asText()
                    + "\", expected safe or unsafe (or harmful, malicious, toxic; benign, harmless; 1, 0)");
        };
    }

    private static String requireText(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing field " + field);
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException("field " + field + " is not a string");
        }
        return v.asText();
    }

    private static String optText(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }
}
