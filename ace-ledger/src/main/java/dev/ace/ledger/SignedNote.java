package dev.ace.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A C2SP signed note: a body ending in a newline, a blank line, then signature lines
 * {@code — <key name> <base64(key ID || signature)>}. Verification accepts several signatures, ignores unknown
 * keys, and rejects the note if a known key's signature fails or no known key signed it.
 */
public final class SignedNote {
    /** U+2014 EM DASH and a space, which start every signature line. */
    static final String SIG_DASH = "\u2014 ";

    private SignedNote() {
    }

    /** One signature line, parsed. */
    public record Signature(String keyName, int keyId, byte[] signature) {
    }

    /** Signs {@code body} (which must end in a newline) with each signer, in order. */
    public static String sign(String body, NoteSigner... signers) {
        checkBody(body);
        StringBuilder out = new StringBuilder(body).append('\n');
        for (NoteSigner s : signers) {
            out.append(s.signatureLine(body));
        }
        return out.toString();
    }

    /** The body of a note (up to and including the newline before the blank line), unverified. */
    public static String body(String note) throws ProofException {
        int split = note.lastIndexOf("\n\n");
        if (split < 0) {
            throw new ProofException("signed note: no blank line before the signatures");
        }
        return note.substring(0, split + 1);
    }

    /** The signature lines of a note, parsed, unverified. */
    public static List<Signature> signatures(String note) throws ProofException {
        String body = body(note);
        String rest = note.substring(body.length() + 1);
        if (rest.isEmpty() || !rest.endsWith("\n")) {
            throw new ProofException("signed note: the signature block is empty or does not end in a newline");
        }
        List<Signature> out = new ArrayList<>();
        int lineNo = (int) body.chars().filter(c -> c == '\n').count() + 1;
        for (String line : rest.substring(0, rest.length() - 1).split("\n", -1)) {
            lineNo++;
            out.add(parseSignature(line, lineNo));
        }
        return out;
    }

    /**
     * Verifies the note against the known verifier keys and returns its body.
     *
     * @throws ProofException if a known key's signature fails, or no known key signed the note
     */
    public static String open(String note, NoteVerifier... known) throws ProofException {
        String body = body(note);
        checkBodyText(body);
        byte[] message = body.getBytes(StandardCharsets.UTF_8);
        boolean verified = false;
        for (Signature sig : signatures(note)) {
            for (NoteVerifier v : known) {
                if (v.name().equals(sig.keyName()) && v.keyId() == sig.keyId()) {
                    if (!v.verify(message, sig.signature())) {
                        throw new ProofException("signed note: the signature by " + v.name() + "+" + v.keyIdHex()
                                + " does not verify");
                    }
                    verified = true;
                }
            }
        }
        if (!verified) {
            throw new ProofException("signed note: no signature by a known key ("
                    + String.join(", ", java.util.Arrays.stream(known).map(v -> v.name() + "+" + v.keyIdHex()).toList()) + ")");
        }
        return body;
    }

    private static Signature parseSignature(String line, int lineNo) throws ProofException {
        String where = "signed note line " + lineNo;
        if (!line.startsWith(SIG_DASH)) {
            throw new ProofException(where + ": a signature line starts with an em dash and a space");
        }
        String[] parts = line.substring(SIG_DASH.length()).split(" ", -1);
        if (parts.length != 2 || parts[0].isEmpty() || parts[0].contains("+")) {
            throw new ProofException(where + ": expected '<key name> <base64 signature>'");
        }
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new ProofException(where + ": the signature is not base64");
        }
        if (blob.length < 5) {
            throw new ProofException(where + ": the signature is shorter than a key id and one byte");
        }
        ByteBuffer b = ByteBuffer.wrap(blob);
        int keyId = b.getInt();
        byte[] sig = new byte[b.remaining()];
        b.get(sig);
        return new Signature(parts[0], keyId, sig);
    }

    private static void checkBody(String body) {
        try {
            checkBodyText(body);
        } catch (ProofException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    private static void checkBodyText(String body) throws ProofException {
        if (body.isEmpty() || !body.endsWith("\n")) {
            throw new ProofException("signed note: the body must be non-empty and end in a newline");
        }
        if (body.contains("\n\n") || body.startsWith("\n")) {
            throw new ProofException("signed note: the body must not contain a blank line");
        }
        if (body.chars().anyMatch(c -> c < 0x20 && c != '\n')) {
            throw new ProofException("signed note: the body must not contain control characters");
        }
    }
}
