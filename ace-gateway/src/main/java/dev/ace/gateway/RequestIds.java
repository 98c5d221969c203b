package dev.ace.gateway;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Request ids: {@code req_} and 12 random bytes in hex. */
final class RequestIds {
    private final SecureRandom random = new SecureRandom();

    String next() {
        byte[] b = new byte[12];
        random.nextBytes(b);
        return "req_" + HexFormat.of().formatHex(b);
    }
}
