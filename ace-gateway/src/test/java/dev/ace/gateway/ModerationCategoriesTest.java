package dev.ace.gateway;

import dev.ace.core.constitution.Constitution;
import dev.ace.core.constitution.ConstitutionLoader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ModerationCategoriesTest {
    private static final Constitution DEFAULT = ConstitutionLoader.loadDefault();

    @Test
    void copyrightAndPiracyCountAsIllicit() {
        assertThat(ModerationCategories.of(DEFAULT.principle("ip.copyright").orElseThrow())).containsExactly("illicit");
    }

    @Test
    void illegalDrugsCountAsIllicitNotViolent() {
        assertThat(ModerationCategories.of(DEFAULT.principle("drugs.illicit").orElseThrow())).containsExactly("illicit");
    }

    @Test
    void disinformationHasNoOpenAiCategoryButStillFlags() {
        assertThat(ModerationCategories.of(DEFAULT.principle("misinformation.disinformation").orElseThrow())).isEmpty();
    }

    @Test
    void everyCategoryNamedIsOneOfOpenAisThirteen() {
        DEFAULT.principles().forEach(p -> assertThat(ModerationCategories.KEYS).containsAll(ModerationCategories.of(p)));
    }
}
