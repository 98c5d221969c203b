package dev.ace.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Per-tenant keyed content digests: the log proves what was decided about a text without exposing the text. A
 * 32-byte secret is held beside the log; each tenant's key is {@code HMAC-SHA256(secret, "ace-content-v1" || 0x00 ||
 * tenant)}, and a content digest is {@code HMAC-SHA256(tenant key, content)}. Handing a tenant its key lets it check
 * digests of its own texts and no one else's.
 */
public final class ContentDigests {
    private static final byte[] LABEL = "ace-content-v1".getBytes(StandardCharsets.US_ASCII);
    private final byte[] secret;
    /** Per tenant, a Mac keyed with the tenant key, cloned for each digest (cheaper than a lookup and init). */
    private final java.util.concurrent.ConcurrentHashMap<String, Mac> tenantMacs = new java.util.concurrent.ConcurrentHashMap<>();

    private ContentDigests(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("a content-digest secret is at least 32 bytes, got " + secret.length);
        }
        this.secret = secret.clone();
    }

    /** Digests keyed by {@code secret} (at least 32 bytes). */
    public static ContentDigests of(byte[] secret) {
        return new ContentDigests(secret);
    }

    /**
     * Reads the secret at {@code file}, or creates it (32 random bytes, owner-only permissions where the file system
     * has them) if it does not exist.
     */
    public static ContentDigests openOrCreate(Path file, SecureRandom random) {
        try {
            if (!Files.exists(file)) {
                byte[] secret = new byte[32];
                random.nextBytes(secret);
                create(file, secret);
            }
            return new ContentDigests(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new LedgerException("cannot read or create the content-digest secret " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new LedgerException(file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the secret to a temporary owner-only file, then links it into place: never a half-written secret. */
    private static void create(Path file, byte[] secret) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = parent.resolve(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        if (parent.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(tmp);
        }
        Files.write(tmp, secret);
        try {
            Files.createLink(file, tmp); // link(2) fails if the file exists: the first process to get here wins
        } catch (FileAlreadyExistsException raced) {
            // another process created it first; read theirs
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The key of one tenant, which that tenant may be given to check its own digests. */
    public byte[] tenantKey(String tenant) {
        byte[] t = tenant.getBytes(StandardCharsets.UTF_8);
        byte[] msg = Arrays.copyOf(LABEL, LABEL.length + 1 + t.length);
        System.arraycopy(t, 0, msg, LABEL.length + 1, t.length);
        return hmac(secret, msg);
    }

    /** The keyed digest of {@code content} for {@code tenant}. */
    public Digest digest(String tenant, byte[] content) {
        Mac prototype = tenantMacs.computeIfAbsent(tenant, t -> keyed(tenantKey(t)));
        try {
            return Digest.wrap(((Mac) prototype.clone()).doFinal(content));
        } catch (CloneNotSupportedException notCloneable) {
            return Digest.wrap(hmac(tenantKey(tenant), content));
        }
    }

    /** The keyed digest of UTF-8 text for {@code tenant}. */
    public Digest digest(String tenant, String content) {
        return digest(tenant, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Recomputes a digest from a tenant key alone (what a tenant does to check its own records). */
    public static Digest digestWithTenantKey(byte[] tenantKey, byte[] content) {
        return Digest.wrap(hmac(tenantKey, content));
    }

    private static byte[] hmac(byte[] key, byte[] message) {
        return keyed(key).doFinal(message);
    }

    private static Mac keyed(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks HmacSHA256", e);
        }
    }
}
