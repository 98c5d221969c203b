package dev.ace.ledger;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded random trees: every inclusion and consistency proof verifies, and any single-bit flip in one fails. */
class ProofPropertyTest {
    static LongStream seeds() {
        return LongStream.range(1, 25);
    }

    static List<Digest> randomLeaves(Random random, int n) {
        List<Digest> leaves = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            byte[] entry = new byte[random.nextInt(40)];
            random.nextBytes(entry);
            leaves.add(Merkle.leafHash(entry));
        }
        return leaves;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyInclusionProofVerifiesAndAnyFlippedBitFails(long seed) {
        Random random = new Random(seed);
        int size = 1 + random.nextInt(300);
        List<Digest> leaves = randomLeaves(random, size);
        Digest root = Merkle.root(leaves);
        for (int trial = 0; trial < 20; trial++) {
            long index = random.nextInt(size);
            List<Digest> proof = Merkle.inclusionProof(leaves, index, size);
            assertThatCode(() -> Proofs.verifyInclusion(leaves.get((int) index), index, size, proof, root))
                    .doesNotThrowAnyException();
            if (!proof.isEmpty()) {
                List<Digest> bad = flipOneBit(proof, random);
                assertThatThrownBy(() -> Proofs.verifyInclusion(leaves.get((int) index), index, size, bad, root))
                        .isInstanceOf(ProofException.class);
            }
            Digest badLeaf = flip(leaves.get((int) index), random.nextInt(256));
            assertThatThrownBy(() -> Proofs.verifyInclusion(badLeaf, index, size, proof, root)).isInstanceOf(ProofException.class);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyConsistencyProofVerifiesAndAnyFlippedBitFails(long seed) {
        Random random = new Random(seed * 31);
        int size = 2 + random.nextInt(300);
        List<Digest> leaves = randomLeaves(random, size);
        for (int trial = 0; trial < 20; trial++) {
            long second = 1 + random.nextInt(size);
            long first = 1 + random.nextInt((int) second);
            Digest r1 = Merkle.root(leaves.subList(0, (int) first));
            Digest r2 = Merkle.root(leaves.subList(0, (int) second));
            List<Digest> proof = Merkle.consistencyProof(leaves, first, second);
            assertThatCode(() -> Proofs.verifyConsistency(first, second, r1, r2, proof)).doesNotThrowAnyException();
            if (!proof.isEmpty()) {
                List<Digest> bad = flipOneBit(proof, random);
                assertThatThrownBy(() -> Proofs.verifyConsistency(first, second, r1, r2, bad)).isInstanceOf(ProofException.class);
            }
            if (first < second) {
                Digest badRoot = flip(r1, random.nextInt(256));
                assertThatThrownBy(() -> Proofs.verifyConsistency(first, second, badRoot, r2, proof))
                        .isInstanceOf(ProofException.class);
            }
        }
    }

    static List<Digest> flipOneBit(List<Digest> proof, Random random) {
        List<Digest> bad = new ArrayList<>(proof);
        int j = random.nextInt(bad.size());
        bad.set(j, flip(bad.get(j), random.nextInt(256)));
        return bad;
    }

    static Digest flip(Digest d, int bit) {
        byte[] b = d.bytes();
        b[bit / 8] ^= (byte) (1 << (bit % 8));
        return Digest.of(b);
    }
}
