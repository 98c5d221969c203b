package dev.ace.models.embed;

import dev.ace.models.data.LabeledText;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CategoryMapTest {
    private static final Set<String> PRINCIPLES = Set.copyOf(HeadTrainer.PRINCIPLES);

    private static Set<String> of(String category, String file) {
        return CategoryMap.principles(new LabeledText("x", "...", true, category, "s", file), PRINCIPLES);
    }

    @Test
    void disinformationAndCopyrightSourcesTrainTheirPrinciples() {
        assertThat(of("misinformation_disinformation/standard", "harmbench_val.jsonl"))
                .containsExactly(EmbeddingHead.ANY, "misinformation.disinformation");
        assertThat(of("Disinformation and deception", "strongreject.jsonl"))
                .containsExactly(EmbeddingHead.ANY, "misinformation.disinformation");
        assertThat(of("copyright/copyright", "harmbench_val.jsonl")).containsExactly(EmbeddingHead.ANY, "ip.copyright");
        assertThat(of("ip.copyright", "ace-copyright.jsonl")).containsExactly(EmbeddingHead.ANY, "ip.copyright");
    }

    @Test
    void safeTextsTrainNoOutput() {
        assertThat(CategoryMap.principles(new LabeledText("x", "...", false, "ip.copyright", "s", "f.jsonl"), PRINCIPLES))
                .isEmpty();
    }
}
