package dev.ace.gateway.config;

import dev.ace.core.TrustTier;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * A model server behind the gateway.
 *
 * @param name       shown in metrics and decision records
 * @param baseUrl    the base URL as its SDK takes it
 * @param apiKeyEnv  the environment variable holding its API key; null when it needs none
 * @param protocol   OPENAI or ANTHROPIC
 * @param trustTier  HIGH_TRUST or LOW_TRUST
 * @param models     model ids it serves; {@code *} serves any
 */
public record UpstreamConfig(String name, URI baseUrl, String apiKeyEnv, Protocol protocol, TrustTier trustTier,
                             List<String> models) {
    public UpstreamConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(trustTier, "trustTier");
        models = List.copyOf(models);
    }

    public boolean serves(String model) {
        return models.contains("*") || models.contains(model);
    }

    /** The chat endpoint of this upstream. */
    public URI chatUri() {
        return resolve(protocol.chatPath());
    }

    /** The embeddings endpoint of an OpenAI-protocol upstream ({@code POST /embeddings} under its base URL). */
    public URI embeddingsUri() {
        return resolve("/embeddings");
    }

    /** The legacy Completions endpoint of an OpenAI-protocol upstream ({@code POST /completions} under its base URL). */
    public URI completionsUri() {
        return resolve("/completions");
    }

    /** The Responses endpoint of an OpenAI-protocol upstream ({@code POST /responses} under its base URL). */
    public URI responsesUri() {
        return resolve("/responses");
    }

    /** The token-counting endpoint of an Anthropic-protocol upstream ({@code POST /v1/messages/count_tokens}). */
    public URI countTokensUri() {
        return resolve(protocol.chatPath() + "/count_tokens");
    }

    /** Where the upstream lists its models. */
    public URI modelsUri() {
        return resolve(protocol.modelsPath());
    }

    private URI resolve(String path) {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }
}
