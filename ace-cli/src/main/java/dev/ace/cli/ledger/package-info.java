/** {@code ace ledger}: key generation, the offline auditor, proofs and export of a transparency log. */
package dev.ace.cli.ledger;
