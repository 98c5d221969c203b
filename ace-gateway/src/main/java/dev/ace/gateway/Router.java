package dev.ace.gateway;

import dev.ace.core.TrustTier;
import dev.ace.gateway.config.Protocol;
import dev.ace.gateway.config.UpstreamConfig;
import dev.ace.gateway.tenant.SensitivePolicy;

import java.util.List;

/**
 * Picks the upstream for a request: the first upstream of the client's protocol that serves the model (for a chat or
 * Messages request that none serves, one of the other protocol, through {@link MessagesBridge} or {@link ChatBridge});
 * when the prompt carries sensitive data, only a HIGH_TRUST one (policy ROUTE_HIGH_TRUST), or any one
 * with the prompt redacted if it is LOW_TRUST (policy REDACT).
 */
final class Router {
    private final List<UpstreamConfig> upstreams;

    Router(List<UpstreamConfig> upstreams) {
        this.upstreams = List.copyOf(upstreams);
    }

    /** Where a request goes, or why it cannot go anywhere. */
    sealed interface Route permits To, Nowhere {
    }

    /** Forward to this upstream; redact the prompt first when {@code redact}. */
    record To(UpstreamConfig upstream, boolean redact) implements Route {
    }

    /** No upstream can take it: the status and a message that says what to do. */
    record Nowhere(int status, String code, String message) implements Route {
    }

    boolean empty() {
        return upstreams.isEmpty();
    }

    Route route(String model, Protocol protocol, boolean sensitive, SensitivePolicy policy) {
        return route(model, protocol, sensitive, policy, false);
    }

    /**
     * As {@link #route(String, Protocol, boolean, SensitivePolicy)}; with {@code bridgeable} (a Chat Completions,
     * Responses or Messages request, which {@link MessagesBridge} and {@link ChatBridge} carry), a model that no
     * upstream of the client's protocol serves goes to the upstreams of the other protocol that serve it.
     */
    Route route(String model, Protocol protocol, boolean sensitive, SensitivePolicy policy, boolean bridgeable) {
        if (upstreams.isEmpty()) {
            return new Nowhere(503, "no_upstream", "this ACE gateway has no upstream model server; start it with "
                    + "`./ace serve --upstream http://host:port/v1` or add one under 'upstreams:' in the configuration");
        }
        List<UpstreamConfig> serving = upstreams.stream()
                .filter(u -> u.protocol() == protocol && u.serves(model)).toList();
        if (serving.isEmpty() && bridgeable) {
            Protocol other = protocol == Protocol.OPENAI ? Protocol.ANTHROPIC : Protocol.OPENAI;
            serving = upstreams.stream().filter(u -> u.protocol() == other && u.serves(model)).toList();
        }
        if (serving.isEmpty()) {
            return new Nowhere(404, "model_not_found", "no " + protocol.name().toLowerCase(java.util.Locale.ROOT)
                    + " upstream serves the model '" + model + "'");
        }
        if (!sensitive) {
            return new To(serving.get(0), false);
        }
        for (UpstreamConfig u : serving) {
            if (u.trustTier() == TrustTier.HIGH_TRUST) {
                return new To(u, false);
            }
        }
        if (policy == SensitivePolicy.REDACT) {
            return new To(serving.get(0), true);
        }
        return new Nowhere(403, "sensitive_data_requires_high_trust", "the prompt carries sensitive data "
                + "(e-mail, phone, card, national id or secret) and no HIGH_TRUST upstream serves '" + model
                + "'; this tenant's policy routes such prompts only to HIGH_TRUST upstreams");
    }
}
