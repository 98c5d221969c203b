package dev.ace.models.judge;

import dev.ace.core.constitution.Constitution;
import dev.ace.core.constitution.ConstitutionLoader;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CategoriesTest {
    private static final Constitution DEFAULT = ConstitutionLoader.loadDefault();

    @Test
    void defamationElectionsAndIntellectualPropertyReachTheDefaultConstitution() {
        List<String> unmapped = new ArrayList<>();
        assertThat(Categories.map(List.of("S5", "S13"), "text", DEFAULT, unmapped))
                .containsExactly("misinformation.disinformation");
        assertThat(Categories.map(List.of("S8"), "text", DEFAULT, unmapped)).containsExactly("ip.copyright");
        assertThat(unmapped).isEmpty();
    }

    @Test
    void specializedAdviceStaysUnmapped() {
        List<String> unmapped = new ArrayList<>();
        assertThat(Categories.map(List.of("S6"), "text", DEFAULT, unmapped)).isEmpty();
        assertThat(unmapped).containsExactly("S6");
    }
}
