package dev.ace.ledger;

/**
 * The log could not do what was asked: storage failed, a directory is damaged or locked by another process, a
 * database is unreachable. The message names the file or table and what to do.
 */
public class LedgerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LedgerException(String message) {
        super(message);
    }

    public LedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}
