package dev.ace.ledger;

import java.util.List;
import java.util.Optional;

/** Read access to a Merkle log: what proofs, tiles and auditors need. Implementations are safe for concurrent use. */
public interface LogReader extends AutoCloseable {
    /** The number of durable entries. */
    long size();

    /** MTH of the first {@code size} entries. */
    Digest root(long size);

    /** The hash of the complete subtree over leaves {@code [index << level, (index + 1) << level)}; level 0 is the leaf hash. */
    Digest subtreeHash(int level, long index);

    /** PATH(index, D[size]), leaf to root. */
    List<Digest> inclusionProof(long index, long size);

    /** PROOF(from, D[to]). */
    List<Digest> consistencyProof(long from, long to);

    /** The entry at {@code index}, as appended. */
    byte[] entry(long index);

    /** The latest signed checkpoint, if one was signed. */
    Optional<SignedCheckpoint> checkpoint();

    /** The public key that verifies this log's checkpoints. */
    NoteVerifier verifierKey();

    /** Releases files or connections; a no-op where there are none. Idempotent. */
    @Override
    default void close() {
    }
}
