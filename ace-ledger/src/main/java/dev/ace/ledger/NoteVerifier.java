package dev.ace.ledger;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A signed-note verifier key: a key name and an Ed25519 public key, with the key ID that C2SP signed-note derives
 * ({@code SHA-256(name || 0x0A || 0x01 || public key)}, first 4 bytes big-endian). Its text form is
 * {@code <name>+<8 hex digits of key ID>+<base64(0x01 || public key)>}.
 */
public final class NoteVerifier {
    /** The signature type byte of Ed25519 in signed notes. */
    static final byte ALG_ED25519 = 0x01;

    private final String name;
    private final byte[] publicKey;
    private final int keyId;

    NoteVerifier(String name, byte[] publicKey) {
        checkName(name);
        if (publicKey.length != 32) {
            throw new IllegalArgumentException("an Ed25519 public key is 32 bytes, got " + publicKey.length);
        }
        this.name = name;
        this.publicKey = publicKey.clone();
        this.keyId = keyId(name, publicKey);
    }

    /**
     * Parses the text form.
     *
     * @throws IllegalArgumentException naming the part that is wrong
     */
    public static NoteVerifier parse(String text) {
        String[] parts = text.strip().split("\\+", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("a verifier key is <name>+<key id>+<base64 key>, got " + parts.length + " parts");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("verifier key: the key part is not base64");
        }
        if (key.length != 33 || key[0] != ALG_ED25519) {
            throw new IllegalArgumentException("verifier key: expected 0x01 followed by a 32-byte Ed25519 key");
        }
        NoteVerifier verifier = new NoteVerifier(parts[0], Arrays.copyOfRange(key, 1, 33));
        if (!parts[1].equals(verifier.keyIdHex())) {
            throw new IllegalArgumentException("verifier key: the key id " + parts[1] + " does not match the key, which gives "
                    + verifier.keyIdHex());
        }
        return verifier;
    }

    static void checkName(String name) {
        if (name.isEmpty() || name.chars().anyMatch(c -> c <= ' ' || c == '+' || c == 0x7f)) {
            throw new IllegalArgumentException("a key name is non-empty with no spaces, controls or '+': '" + name + "'");
        }
    }

    static int keyId(String name, byte[] publicKey) {
        var md = Merkle.sha256();
        md.update(name.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0x0A);
        md.update(ALG_ED25519);
        md.update(publicKey);
        byte[] h = md.digest();
        return (h[0] & 0xff) << 24 | (h[1] & 0xff) << 16 | (h[2] & 0xff) << 8 | (h[3] & 0xff);
    }

    public String name() {
        return name;
    }

    public int keyId() {
        return keyId;
    }

    public String keyIdHex() {
        return String.format(Locale.ROOT, "%08x", keyId);
    }

    /** A copy of the raw 32-byte public key. */
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** The text form {@code <name>+<key id hex>+<base64(0x01 || key)>}. */
    public String text() {
        byte[] typed = new byte[33];
        typed[0] = ALG_ED25519;
        System.arraycopy(publicKey, 0, typed, 1, 32);
        return name + "+" + keyIdHex() + "+" + Base64.getEncoder().encodeToString(typed);
    }

    boolean verify(byte[] message, byte[] signature) {
        return Ed25519.verify(publicKey, message, signature);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NoteVerifier v && v.name.equals(name) && Arrays.equals(v.publicKey, publicKey);
    }

    @Override
    public int hashCode() {
        return keyId;
    }

    @Override
    public String toString() {
        return text();
    }

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
