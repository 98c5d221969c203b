package dev.ace.gateway.config;

import dev.ace.core.constitution.ConfigError;

import java.util.List;
import java.util.stream.Collectors;

/** The configuration is invalid; carries every problem found, each located. */
public final class GatewayConfigException extends Exception {
    private final List<ConfigError> errors;

    public GatewayConfigException(List<ConfigError> errors) {
        super(errors.size() + " configuration error(s):\n" + errors.stream().map(ConfigError::toString)
                .collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<ConfigError> errors() {
        return errors;
    }
}
