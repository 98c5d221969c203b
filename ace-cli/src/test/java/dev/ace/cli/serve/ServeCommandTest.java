package dev.ace.cli.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ace.cli.AceRun;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ServeCommandTest {
    static AceRun run(String... args) {
        return AceRun.of(args);
    }

    @Test
    void hashKeyPrintsTheSha256ToPutInATenantEntry() {
        AceRun r = run("serve", "--hash-key", "test");
        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).isEqualTo("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    }

    @Test
    void aBadConfigurationListsEveryErrorAndExits2(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve("bad.yaml");
        Files.writeString(cfg, "server:\n  port: -1\n  colour: blue\n");
        AceRun r = run("serve", "--config", cfg.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bad.yaml:2:").contains("server.port").contains("server.colour")
                .contains("is not a known key").doesNotContain("Exception");
    }
}
