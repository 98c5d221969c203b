package dev.ace.models.data;

/** A dataset could not be read at all (missing, unreadable, or no usable record). */
public final class DatasetException extends RuntimeException {
    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
