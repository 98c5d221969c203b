package dev.ace.core.constitution;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import java.io.StringReader;

/**
 * Parses YAML text into a node tree that keeps line and column marks, for loaders that report every
 * error with its position (the constitution's, the gateway configuration's).
 */
public final class YamlDocument {
    private YamlDocument() {
    }

    /** A document that is not valid YAML, located where the parser gave up. */
    public static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient ConfigError error;

        SyntaxError(ConfigError error) {
            super(error.toString());
            this.error = error;
        }

        public ConfigError error() {
            return error;
        }
    }

    /** The root node of {@code yaml} (null for an empty document); {@code file} names it in errors. */
    public static Node compose(String yaml, String file) throws SyntaxError {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            return new Yaml(options).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark();
            throw new SyntaxError(new ConfigError(file, m == null ? 0 : m.getLine() + 1, m == null ? 0 : m.getColumn() + 1,
                    "(document)", null, "is not valid YAML: " + e.getProblem()));
        } catch (YAMLException e) {
            throw new SyntaxError(new ConfigError(file, 0, 0, "(document)", null, "is not valid YAML: " + e.getMessage()));
        }
    }
}
