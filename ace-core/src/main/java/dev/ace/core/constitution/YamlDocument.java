package dev.ace.core.constitution;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Parses YAML text into a node tree that keeps line and column marks, for loaders that report every
 * error with its position (the constitution's, the gateway configuration's).
 */
public final class YamlDocument {
    private YamlDocument() {
    }

    /** A file that cannot be read, or a document that is not valid YAML, located where the parser gave up. */
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

    /** The UTF-8 text of a configuration file; a missing or unreadable file is one located error. */
    public static String read(Path path) throws SyntaxError {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new SyntaxError(new ConfigError(path.toString(), 0, 0, "(file)", null, "does not exist"));
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new SyntaxError(new ConfigError(path.toString(), 0, 0, "(file)", null, "cannot be read: " + e.getMessage()));
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
