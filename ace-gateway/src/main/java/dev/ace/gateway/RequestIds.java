package dev.ace.gateway;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Request ids: a prefix and 12 random bytes in hex. They identify, they do not authorise, so they come
 * from {@link ThreadLocalRandom}: a {@code SecureRandom} here showed up in profiles of the request path
 * (NativePRNG reads {@code /dev/urandom} under a global lock).
 */
final class RequestIds {
    String next() {
        return next("req_");
    }

    String next(String prefix) {
        byte[] b = new byte[12];
        ThreadLocalRandom.current().nextBytes(b);
        return prefix + HexFormat.of().formatHex(b);
    }
}
