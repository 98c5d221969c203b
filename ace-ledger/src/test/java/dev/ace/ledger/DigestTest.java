package dev.ace.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DigestTest {
    @Test
    void copiesDefensivelyBothWays() {
        byte[] raw = new byte[32];
        Digest d = Digest.of(raw);
        raw[0] = 9;
        assertThat(d.bytes()[0]).isZero();
        d.bytes()[1] = 9;
        assertThat(d.bytes()[1]).isZero();
    }

    @Test
    void printsLowerCaseHexAndParsesEitherCase() {
        String hex = "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855";
        Digest d = Digest.fromHex(hex);
        assertThat(d.hex()).isEqualTo(hex.toLowerCase());
        assertThat(d).isEqualTo(Merkle.emptyRoot()).hasSameHashCodeAs(Merkle.emptyRoot());
        assertThat(d.toString()).isEqualTo(d.hex());
    }

    @Test
    void rejectsWrongLengths() {
        assertThatThrownBy(() -> Digest.of(new byte[31])).hasMessageContaining("32 bytes, got 31");
        assertThatThrownBy(() -> Digest.fromHex("abc")).hasMessageContaining("64 hex digits");
        assertThatThrownBy(() -> Digest.fromHex("z".repeat(64))).hasMessageContaining("not a hex digest");
    }

    @Test
    void comparesByValue() {
        byte[] raw = new byte[32];
        raw[31] = 1;
        assertThat(Digest.of(raw)).isEqualTo(Digest.of(raw.clone())).isNotEqualTo(Digest.of(new byte[32]));
    }
}
