/** The transparency ledger: an RFC 6962 Merkle log with signed C2SP checkpoints, proofs, storage and an offline verifier. Knows nothing of inspection. */
package dev.ace.ledger;
