package dev.ace.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MerkleTest {
    /** The eight leaves of the RFC 6962 test vectors (transparency-dev/merkle testdata). */
    static final List<byte[]> RFC_LEAVES = hexes("", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f");

    static List<byte[]> hexes(String... hex) {
        List<byte[]> out = new ArrayList<>();
        for (String h : hex) {
            out.add(HexFormat.of().parseHex(h));
        }
        return out;
    }

    static List<Digest> leafHashes(List<byte[]> entries, int n) {
        return entries.subList(0, n).stream().map(Merkle::leafHash).toList();
    }

    @ParameterizedTest(name = "root of the first {0} RFC leaves")
    @CsvSource({
        "0, e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "1, 6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "2, fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "3, aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "4, d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "5, 4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "6, 76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "7, ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "8, 5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    })
    void computesTheReferenceRoots(int n, String root) {
        assertThat(Merkle.root(leafHashes(RFC_LEAVES, n)).hex()).isEqualTo(root);
    }

    @Test
    void producesTheReferenceInclusionProofOfLeafZero() throws ProofException {
        List<Digest> leaves = leafHashes(RFC_LEAVES, 8);
        List<Digest> proof = Merkle.inclusionProof(leaves, 0, 8);
        assertThat(proof).extracting(Digest::hex).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        Proofs.verifyInclusion(leaves.get(0), 0, 8, proof, Merkle.root(leaves));
    }

    @Test
    void producesTheReferenceConsistencyProofFromFourToEight() throws ProofException {
        List<Digest> leaves = leafHashes(RFC_LEAVES, 8);
        List<Digest> proof = Merkle.consistencyProof(leaves, 4, 8);
        assertThat(proof).extracting(Digest::hex)
                .containsExactly("6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        Proofs.verifyConsistency(4, 8, Merkle.root(leaves.subList(0, 4)), Merkle.root(leaves), proof);
    }

    @Test
    void splitsAtTheLargestPowerOfTwoBelowN() {
        assertThat(Merkle.split(2)).isEqualTo(1);
        assertThat(Merkle.split(5)).isEqualTo(4);
        assertThat(Merkle.split(8)).isEqualTo(4);
        assertThat(Merkle.split(9)).isEqualTo(8);
        assertThatThrownBy(() -> Merkle.split(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void separatesLeafAndNodeDomains() {
        Digest a = Merkle.leafHash(new byte[] {1});
        Digest b = Merkle.leafHash(new byte[] {2});
        byte[] concatenated = new byte[64];
        a.copyTo(concatenated, 0);
        b.copyTo(concatenated, 32);
        assertThat(Merkle.leafHash(concatenated)).isNotEqualTo(Merkle.nodeHash(a, b));
    }

    @Test
    void refusesProofRequestsOutsideTheTree() {
        List<Digest> leaves = leafHashes(RFC_LEAVES, 4);
        assertThatThrownBy(() -> Merkle.inclusionProof(leaves, 4, 4)).hasMessageContaining("index 4 is not below size 4");
        assertThatThrownBy(() -> Merkle.inclusionProof(leaves, 0, 5)).hasMessageContaining("exceeds the tree size");
        assertThatThrownBy(() -> Merkle.consistencyProof(leaves, 3, 2)).hasMessageContaining("from 3, to 2");
    }
}
