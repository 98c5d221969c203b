package dev.ace.ledger;

/**
 * A proof, checkpoint or signed note did not verify. The message says which check failed and carries the
 * values compared (expected and computed roots), so that an auditor can report it as it stands.
 */
public final class ProofException extends Exception {
    private static final long serialVersionUID = 1L;

    public ProofException(String message) {
        super(message);
    }

    static ProofException rootMismatch(String what, Digest expected, Digest computed) {
        return new ProofException(what + ": computed root " + computed.hex() + " does not match the expected root " + expected.hex());
    }
}
