package dev.ace.ledger;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A 32-byte SHA-256 value: a Merkle tree hash, a root, a content digest. Copies defensively, prints
 * lower-case hex and compares in constant time.
 */
public final class Digest {
    /** Size of a SHA-256 digest in bytes. */
    public static final int SIZE = 32;
    private static final HexFormat HEX = HexFormat.of();

    private final byte[] bytes;

    private Digest(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A digest holding a copy of {@code bytes}, which must be exactly 32 bytes long. */
    public static Digest of(byte[] bytes) {
        if (bytes.length != SIZE) {
            throw new IllegalArgumentException("a digest is 32 bytes, got " + bytes.length);
        }
        return new Digest(bytes.clone());
    }

    /** The 32 bytes at {@code offset} in {@code buffer}. */
    public static Digest of(byte[] buffer, int offset) {
        if (offset < 0 || offset + SIZE > buffer.length) {
            throw new IllegalArgumentException("no 32-byte digest at offset " + offset + " of " + buffer.length + " bytes");
        }
        return new Digest(Arrays.copyOfRange(buffer, offset, offset + SIZE));
    }

    /** Parses 64 hex digits (either case). */
    public static Digest fromHex(String hex) {
        if (hex.length() != 2 * SIZE) {
            throw new IllegalArgumentException("a digest is 64 hex digits, got " + hex.length() + " characters");
        }
        try {
            return new Digest(HEX.parseHex(hex));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a hex digest: " + hex, e);
        }
    }

    /** Wraps a fresh array that nobody else holds (internal use: avoids a copy of a hash just computed). */
    static Digest wrap(byte[] fresh) {
        return new Digest(fresh);
    }

    /** The backing array, never to be modified or handed out (internal use: hashing without a copy). */
    byte[] bytesUnsafe() {
        return bytes;
    }

    /** A copy of the 32 bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Writes the 32 bytes into {@code target} at {@code offset}. */
    public void copyTo(byte[] target, int offset) {
        System.arraycopy(bytes, 0, target, offset, SIZE);
    }

    /** Lower-case hex. */
    public String hex() {
        return HEX.formatHex(bytes);
    }

    /** Standard base64 with padding, as checkpoints write roots. */
    public String base64() {
        return java.util.Base64.getEncoder().encodeToString(bytes);
    }

    /** Constant-time comparison. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Digest d && MessageDigest.isEqual(bytes, d.bytes);
    }

    @Override
    public int hashCode() {
        return (bytes[0] & 0xff) << 24 | (bytes[1] & 0xff) << 16 | (bytes[2] & 0xff) << 8 | (bytes[3] & 0xff);
    }

    @Override
    public String toString() {
        return hex();
    }
}
