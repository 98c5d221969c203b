package dev.ace.gateway.config;

/** The wire protocol an upstream speaks. */
public enum Protocol {
    /** OpenAI Chat Completions; the base URL is the SDK's, e.g. {@code http://host:8000/v1}. */
    OPENAI,
    /** Anthropic Messages; the base URL is the SDK's, e.g. {@code https://api.anthropic.com}. */
    ANTHROPIC;

    /** The path appended to the base URL to reach the chat endpoint. */
    public String chatPath() {
        return this == OPENAI ? "/chat/completions" : "/v1/messages";
    }

    /** The path appended to the base URL to list the models the upstream serves. */
    public String modelsPath() {
        return this == OPENAI ? "/models" : "/v1/models";
    }
}
