package dev.ace.gateway;

import dev.ace.gateway.config.DecisionLogConfig;
import dev.ace.gateway.config.GatewayConfig;
import dev.ace.gateway.config.ServerConfig;
import dev.ace.gateway.decision.LedgerDecisionSink;
import dev.ace.gateway.tenant.ApiKeys;
import dev.ace.gateway.tenant.Tenant;
import dev.ace.ledger.Ledger;
import dev.ace.ledger.LedgerOptions;
import dev.ace.ledger.NoteSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A gateway that cannot bind its address says so at once and releases what it opened. */
class GatewayStartTest {
    @Test
    @Timeout(60) // a guard against the old behaviour (a server that never runs, waited on forever), not a timing
    void aPortAnotherSocketHoldsIsAClearStartErrorAndTheLedgerIsReleased(@TempDir Path dir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            GatewayConfig config = GatewayConfig.defaults()
                    .withServer(GatewayConfig.defaults().server().withPort(port))
                    .withTenant(Tenant.simple("acme", ApiKeys.sha256("k1"), true))
                    .withDecisionLog(new DecisionLogConfig(DecisionLogConfig.Kind.LEDGER, dir.resolve("ledger"), "NONE"));
            Gateway.Builder builder = Gateway.builder(config, TestConstitution.inspector()).env(Map.<String, String>of()::get);
            assertThatThrownBy(() -> builder.build().start())
                    .isInstanceOf(GatewayStartException.class)
                    .hasMessage("cannot listen on 127.0.0.1:" + port + ": the port is already in use by another process");
        }
        NoteSigner signer = NoteSigner.parse(Files.readString(dir.resolve("ledger.signer.key")));
        assertThatCode(() -> Ledger.openEmbedded(dir.resolve("ledger"), LedgerOptions.of(LedgerDecisionSink.ORIGIN, signer)).close())
                .as("the failed gateway released the ledger's lock").doesNotThrowAnyException();
    }

    @Test
    void aHostThatIsNotThisMachinesIsAClearStartError(@TempDir Path dir) {
        ServerConfig d = ServerConfig.defaults();
        GatewayConfig config = GatewayConfig.defaults()
                // 192.0.2.1 (TEST-NET-1) is reserved for documentation: no machine has it, so binding it fails
                .withServer(new ServerConfig("192.0.2.1", 18099, d.maxBodyBytes(), d.connectTimeout(), d.upstreamTimeout(),
                        d.holdBackChars(), d.windowChars(), d.keepAlive(), Duration.ZERO))
                .withDecisionLog(new DecisionLogConfig(DecisionLogConfig.Kind.JSONL, dir.resolve("d.jsonl"), "NONE"));
        assertThatThrownBy(() -> Gateway.builder(config, TestConstitution.inspector()).env(Map.<String, String>of()::get)
                .build().start())
                .isInstanceOf(GatewayStartException.class)
                .hasMessageStartingWith("cannot listen on 192.0.2.1:18099: BindException: ");
    }
}
