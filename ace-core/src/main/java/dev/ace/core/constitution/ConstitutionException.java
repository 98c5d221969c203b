package dev.ace.core.constitution;

import java.util.List;
import java.util.stream.Collectors;

/** A constitution that could not be loaded, with every error found, not just the first. */
public final class ConstitutionException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<ConfigError> errors;

    public ConstitutionException(List<ConfigError> errors) {
        super(errors.size() + (errors.size() == 1 ? " error" : " errors") + " in constitution:\n"
                + errors.stream().map(e -> "  " + e).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<ConfigError> errors() {
        return errors;
    }
}
