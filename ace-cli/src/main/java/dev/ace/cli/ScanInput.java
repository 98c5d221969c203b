package dev.ace.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads the records of a file to scan: JSONL (the {@code text} field, keeping {@code id} and
 * {@code label}), CSV with a header (the {@code text} column, else the first; {@code id} and
 * {@code label} columns kept) or plain text (one prompt a line). A {@code system_prompt} field or column
 * (the shared data's name) is the system prompt the text was sent under. A bad record is reported with its
 * line number and skipped.
 */
final class ScanInput {
    /** One record to inspect; {@code systemPrompt} is empty when it has none. */
    record Item(String id, String text, String label, long line, String systemPrompt) {
        Item(String id, String text, String label, long line) {
            this(id, text, label, line, "");
        }
    }

    /** A record that could not be read. */
    record Problem(Path file, long line, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + message + " (skipped)";
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private ScanInput() {
    }

    static void read(Path file, Consumer<Item> items, Consumer<Problem> problems) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            readJsonl(file, items, problems);
        } else if (name.endsWith(".csv")) {
            readCsv(file, items, problems);
        } else {
            readLines(file, items);
        }
    }

    private static void readJsonl(Path file, Consumer<Item> items, Consumer<Problem> problems) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (IOException e) {
                    problems.accept(new Problem(file, n, "not valid JSON: " + firstLine(e.getMessage())));
                    continue;
                }
                if (!node.isObject()) {
                    problems.accept(new Problem(file, n, "expected a JSON object, found " + node.getNodeType().name().toLowerCase(Locale.ROOT)));
                    continue;
                }
                String field = node.has("text") || !node.has("prompt") ? "text" : "prompt"; // as labelled sets spell it
                JsonNode text = node.get(field);
                if (text == null || !text.isTextual()) {
                    problems.accept(new Problem(file, n, "field '" + field + "' is " + (text == null ? "missing" : "not a string")));
                    continue;
                }
                JsonNode id = node.get("id");
                JsonNode label = node.get("label");
                JsonNode system = node.get("system_prompt");
                items.accept(new Item(id == null || id.isNull() ? file.getFileName() + ":" + n : id.asText(), text.asText(),
                        label == null || label.isNull() ? null : label.asText(), n,
                        system == null || system.isNull() ? "" : system.asText()));
            }
        }
    }

    private static void readCsv(Path file, Consumer<Item> items, Consumer<Problem> problems) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(r, format)) {
            java.util.List<String> header = parser.getHeaderNames();
            String textColumn = header.contains("text") ? "text" : header.contains("prompt") ? "prompt"
                    : header.isEmpty() ? null : header.get(0);
            if (textColumn == null) {
                problems.accept(new Problem(file, 1, "CSV has no header row"));
                return;
            }
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                CSVRecord rec;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    rec = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    problems.accept(new Problem(file, parser.getCurrentLineNumber(), "malformed CSV: " + firstLine(e.getMessage())));
                    return; // the parser cannot resynchronise after a broken quote
                }
                long line = rec.getParser().getCurrentLineNumber();
                if (!rec.isSet(textColumn)) {
                    problems.accept(new Problem(file, line, "record has no '" + textColumn + "' column"));
                    continue;
                }
                String id = header.contains("id") && rec.isSet("id") ? rec.get("id") : file.getFileName() + ":" + line;
                String label = header.contains("label") && rec.isSet("label") ? rec.get("label") : null;
                String system = header.contains("system_prompt") && rec.isSet("system_prompt") ? rec.get("system_prompt") : "";
                items.accept(new Item(id, rec.get(textColumn), label, line, system));
            }
        }
    }

    private static void readLines(Path file, Consumer<Item> items) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (!line.isBlank()) {
                    items.accept(new Item(file.getFileName() + ":" + n, line, null, n));
                }
            }
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
