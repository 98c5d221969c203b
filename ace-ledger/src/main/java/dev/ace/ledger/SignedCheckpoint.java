package dev.ace.ledger;

/** A checkpoint and the signed note that carries it (what {@code /ledger/checkpoint} serves). */
public record SignedCheckpoint(Checkpoint checkpoint, String note) {
    /** Verifies a signed checkpoint note against a verifier key and parses its body. */
    public static SignedCheckpoint open(String note, NoteVerifier key) throws ProofException {
        return new SignedCheckpoint(Checkpoint.parse(SignedNote.open(note, key)), note);
    }

    /** Signs a checkpoint. */
    public static SignedCheckpoint sign(Checkpoint checkpoint, NoteSigner signer) {
        return new SignedCheckpoint(checkpoint, SignedNote.sign(checkpoint.text(), signer));
    }
}
