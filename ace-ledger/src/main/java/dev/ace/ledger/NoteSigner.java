package dev.ace.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * A signed-note signer: a key name and an Ed25519 private key. Its text form is the one Go's
 * {@code golang.org/x/mod/sumdb/note} uses: {@code PRIVATE+KEY+<name>+<key id hex>+<base64(0x01 || 32-byte seed)>}.
 * Keep it secret: {@link #text()} is for writing the key file.
 */
public final class NoteSigner {
    private static final String PREFIX = "PRIVATE+KEY+";

    private final NoteVerifier verifier;
    private final byte[] seed;
    private final PrivateKey privateKey;

    private NoteSigner(String name, byte[] seed) {
        this.seed = seed.clone();
        this.privateKey = Ed25519.privateKey(seed);
        this.verifier = new NoteVerifier(name, Ed25519.publicKey(seed));
    }

    /** A new key pair for {@code name}. */
    public static NoteSigner generate(String name, SecureRandom random) {
        NoteVerifier.checkName(name);
        return new NoteSigner(name, Ed25519.newSeed(random));
    }

    /** A signer from a raw 32-byte seed (tests, vectors). */
    public static NoteSigner fromSeed(String name, byte[] seed) {
        NoteVerifier.checkName(name);
        if (seed.length != 32) {
            throw new IllegalArgumentException("an Ed25519 seed is 32 bytes, got " + seed.length);
        }
        return new NoteSigner(name, seed);
    }

    /**
     * Parses the private key text form.
     *
     * @throws IllegalArgumentException naming the part that is wrong (never echoing the key)
     */
    public static NoteSigner parse(String text) {
        String t = text.strip();
        if (!t.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a signer key starts with " + PREFIX);
        }
        String[] parts = t.substring(PREFIX.length()).split("\\+", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("a signer key is PRIVATE+KEY+<name>+<key id>+<base64 key>");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("signer key: the key part is not base64");
        }
        if (key.length != 33 || key[0] != NoteVerifier.ALG_ED25519) {
            throw new IllegalArgumentException("signer key: expected 0x01 followed by a 32-byte Ed25519 seed");
        }
        NoteSigner signer = fromSeed(parts[0], Arrays.copyOfRange(key, 1, 33));
        if (!parts[1].equals(signer.verifier.keyIdHex())) {
            throw new IllegalArgumentException("signer key: the key id " + parts[1] + " does not match the key");
        }
        return signer;
    }

    public String name() {
        return verifier.name();
    }

    /** The matching public verifier key. */
    public NoteVerifier verifier() {
        return verifier;
    }

    /** The private text form, for the key file only. */
    public String text() {
        byte[] typed = new byte[33];
        typed[0] = NoteVerifier.ALG_ED25519;
        System.arraycopy(seed, 0, typed, 1, 32);
        return PREFIX + name() + "+" + verifier.keyIdHex() + "+" + Base64.getEncoder().encodeToString(typed);
    }

    /** The signature line for {@code body}: {@code — <name> <base64(key id || signature)>\n}. */
    public String signatureLine(String body) {
        byte[] sig = Ed25519.sign(privateKey, body.getBytes(StandardCharsets.UTF_8));
        byte[] blob = ByteBuffer.allocate(4 + sig.length).putInt(verifier.keyId()).put(sig).array();
        return SignedNote.SIG_DASH + name() + " " + Base64.getEncoder().encodeToString(blob) + "\n";
    }

    @Override
    public String toString() {
        return "NoteSigner[" + verifier.text() + "]";
    }
}
