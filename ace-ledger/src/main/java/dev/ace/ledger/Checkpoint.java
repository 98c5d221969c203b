package dev.ace.ledger;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * A C2SP tlog-checkpoint body: the origin line, the tree size in decimal, the root in standard base64, then
 * optional extension lines, each line ending in {@code \n}.
 */
public record Checkpoint(String origin, long size, Digest root, List<String> extensions) {
    public Checkpoint {
        if (origin.isEmpty() || origin.contains("\n")) {
            throw new IllegalArgumentException("a checkpoint origin is one non-empty line, got '" + origin + "'");
        }
        if (size < 0) {
            throw new IllegalArgumentException("a checkpoint size is not negative, got " + size);
        }
        extensions = List.copyOf(extensions);
        for (String line : extensions) {
            if (line.isEmpty() || line.contains("\n")) {
                throw new IllegalArgumentException("a checkpoint extension is one non-empty line, got '" + line + "'");
            }
        }
    }

    public Checkpoint(String origin, long size, Digest root) {
        this(origin, size, root, List.of());
    }

    /** The body text, each line ending in a newline. */
    public String text() {
        StringBuilder out = new StringBuilder(origin).append('\n').append(size).append('\n')
                .append(root.base64()).append('\n');
        extensions.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    /** The body bytes (UTF-8), which the signatures cover. */
    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Parses a checkpoint body.
     *
     * @throws ProofException naming the line and what is wrong with it
     */
    public static Checkpoint parse(String body) throws ProofException {
        if (!body.endsWith("\n")) {
            throw new ProofException("checkpoint: the body does not end in a newline");
        }
        String[] lines = body.substring(0, body.length() - 1).split("\n", -1);
        if (lines.length < 3) {
            throw new ProofException("checkpoint: expected at least 3 lines (origin, size, root), got " + lines.length);
        }
        if (lines[0].isEmpty()) {
            throw new ProofException("checkpoint line 1: the origin is empty");
        }
        long size = parseSize(lines[1]);
        Digest root = parseRoot(lines[2]);
        List<String> ext = List.of(lines).subList(3, lines.length);
        for (int i = 0; i < ext.size(); i++) {
            if (ext.get(i).isEmpty()) {
                throw new ProofException("checkpoint line " + (i + 4) + ": an extension line is empty");
            }
        }
        return new Checkpoint(lines[0], size, root, ext);
    }

    private static long parseSize(String line) throws ProofException {
        if (line.isEmpty() || !line.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new ProofException("checkpoint line 2: the size '" + line + "' is not a decimal number");
        }
        if (line.length() > 1 && line.charAt(0) == '0') {
            throw new ProofException("checkpoint line 2: the size '" + line + "' has a leading zero");
        }
        try {
            return Long.parseLong(line);
        } catch (NumberFormatException e) {
            throw new ProofException("checkpoint line 2: the size '" + line + "' is too large");
        }
    }

    private static Digest parseRoot(String line) throws ProofException {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(line);
        } catch (IllegalArgumentException e) {
            throw new ProofException("checkpoint line 3: the root '" + line + "' is not standard base64");
        }
        if (raw.length != Digest.SIZE || !Base64.getEncoder().encodeToString(raw).equals(line)) {
            throw new ProofException("checkpoint line 3: the root '" + line + "' is not 32 bytes in padded base64");
        }
        return Digest.of(raw);
    }
}
