package dev.ace.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the vector files under {@code vectors/} (made by {@code generate.py}, an independent Python implementation):
 * every positive case verifies and equals the proof this module generates; every negative case (flipped bits,
 * truncated and padded proofs, index ≥ size, size 0, wrong roots, sizes and indexes) is rejected.
 */
class ProofVectorsTest {
    record Row(String kind, boolean ok, String label, long a, long b, Digest x, Digest y, List<Digest> proof) {
        @Override
        public String toString() {
            return (ok ? "accepts " : "rejects ") + label;
        }
    }

    static Stream<Arguments> inclusion() throws IOException {
        return rows("inclusion.tsv").stream().map(Arguments::of);
    }

    static Stream<Arguments> consistency() throws IOException {
        return rows("consistency.tsv").stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inclusion")
    void checksInclusionVector(Row row) {
        if (row.ok()) {
            assertThatCode(() -> Proofs.verifyInclusion(row.x(), row.a(), row.b(), row.proof(), row.y())).doesNotThrowAnyException();
            assertThat(Merkle.inclusionProof(leaves(row.label()), row.a(), row.b())).isEqualTo(row.proof());
        } else {
            assertThatThrownBy(() -> Proofs.verifyInclusion(row.x(), row.a(), row.b(), row.proof(), row.y()))
                    .isInstanceOf(ProofException.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("consistency")
    void checksConsistencyVector(Row row) {
        if (row.ok()) {
            assertThatCode(() -> Proofs.verifyConsistency(row.a(), row.b(), row.x(), row.y(), row.proof()))
                    .doesNotThrowAnyException();
            assertThat(Merkle.consistencyProof(leaves(row.label()), row.a(), row.b())).isEqualTo(row.proof());
        } else {
            assertThatThrownBy(() -> Proofs.verifyConsistency(row.a(), row.b(), row.x(), row.y(), row.proof()))
                    .isInstanceOf(ProofException.class);
        }
    }

    static List<Digest> leaves(String label) {
        if (label.startsWith("rfc")) {
            return MerkleTest.leafHashes(MerkleTest.RFC_LEAVES, 8);
        }
        List<Digest> out = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            out.add(Merkle.leafHash(("ace-" + i).getBytes(StandardCharsets.US_ASCII)));
        }
        return out;
    }

    static List<Row> rows(String file) throws IOException {
        try (InputStream in = ProofVectorsTest.class.getResourceAsStream("vectors/" + file)) {
            List<Row> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                List<Digest> proof = f[7].equals("-") ? List.of() : Arrays.stream(f[7].split(",")).map(Digest::fromHex).toList();
                rows.add(new Row(f[0], f[1].equals("ok"), f[2], Long.parseLong(f[3]), Long.parseLong(f[4]),
                        Digest.fromHex(f[5]), Digest.fromHex(f[6]), proof));
            }
            assertThat(rows).hasSizeGreaterThan(100);
            return rows;
        }
    }
}
