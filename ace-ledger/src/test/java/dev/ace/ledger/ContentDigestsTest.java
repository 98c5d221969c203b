package dev.ace.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentDigestsTest {
    @Test
    void keysDigestsPerTenant() {
        ContentDigests d = ContentDigests.of(new byte[32]);
        assertThat(d.digest("acme", "hello")).isEqualTo(d.digest("acme", "hello"))
                .isNotEqualTo(d.digest("globex", "hello")).isNotEqualTo(d.digest("acme", "hello!"));
        assertThat(ContentDigests.of(new byte[32]).digest("acme", "hello"))
                .isNotEqualTo(ContentDigests.of(HexFormat.of().parseHex("01".repeat(32))).digest("acme", "hello"));
    }

    @Test
    void letsATenantCheckItsOwnDigestsWithItsKey() {
        ContentDigests d = ContentDigests.of(new byte[32]);
        byte[] text = "hello".getBytes();
        assertThat(ContentDigests.digestWithTenantKey(d.tenantKey("acme"), text)).isEqualTo(d.digest("acme", text));
    }

    @Test
    void createsTheSecretOnceOwnerOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("content.key");
        ContentDigests first = ContentDigests.openOrCreate(file, new SecureRandom());
        ContentDigests again = ContentDigests.openOrCreate(file, new SecureRandom());
        assertThat(again.digest("t", "x")).isEqualTo(first.digest("t", "x"));
        assertThat(Files.size(file)).isEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
