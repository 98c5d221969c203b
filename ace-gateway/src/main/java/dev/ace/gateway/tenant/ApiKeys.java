package dev.ace.gateway.tenant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** API key helpers: generation, hashing. Keys are random and long, so an unsalted SHA-256 suffices. */
public final class ApiKeys {
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    /** A new key: {@code ace-} and 32 random bytes in hex. */
    public static String generate() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return "ace-" + HexFormat.of().formatHex(b);
    }

    /** Lower-case hex SHA-256 of the key's UTF-8 bytes. */
    public static String sha256(String key) {
        return HexFormat.of().formatHex(sha256Bytes(key));
    }

    static byte[] sha256Bytes(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
