package dev.ace.models.linear;

/** A model artifact is missing, malformed, or does not match its manifest's digest. */
public final class ModelArtifactException extends RuntimeException {
    public ModelArtifactException(String message) {
        super(message);
    }

    public ModelArtifactException(String message, Throwable cause) {
        super(message, cause);
    }
}
