package dev.ace.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TilePathTest {
    @ParameterizedTest
    @CsvSource({"0, 000", "5, 005", "999, 999", "1000, x001/000", "1234067, x001/x234/067", "123456789, x123/x456/789"})
    void writesIndexesInGroupsOfThree(long n, String path) {
        assertThat(TilePath.formatIndex(n)).isEqualTo(path);
    }

    @Test
    void writesAndParsesFullPartialAndEntryTiles() {
        assertThat(TilePath.hashes(0, 1234067, 256).path()).isEqualTo("tile/0/x001/x234/067");
        assertThat(TilePath.hashes(2, 5, 17).path()).isEqualTo("tile/2/005.p/17");
        assertThat(TilePath.entries(1000, 3).path()).isEqualTo("tile/entries/x001/000.p/3");
        for (String p : new String[] {"tile/0/x001/x234/067", "tile/2/005.p/17", "tile/entries/x001/000.p/3", "tile/entries/000"}) {
            assertThat(TilePath.parse(p).path()).isEqualTo(p);
        }
        assertThat(TilePath.parse("tile/entries/x001/000.p/3")).isEqualTo(TilePath.entries(1000, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tile/0/1", "tile/0/0001", "tile/0/001/002", "tile/0/x001", "tile/0/000.p/0", "tile/0/000.p/256",
        "tile/0/000.p/07", "tile/8/000", "tile/01/000", "tile/a/000", "tile/0/00a", "checkpoint", "tile/0"})
    void rejectsMalformedTilePaths(String path) {
        assertThatThrownBy(() -> TilePath.parse(path)).isInstanceOf(IllegalArgumentException.class);
    }
}
