package dev.ace.core.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RefusalsTest {
    @Test
    void blanksTheRefusingSentencesKeepingTheRestWhereItWas() {
        String answer = "i can't help you culture anthrax. i can explain how vaccines work! they train the immune system.";
        String kept = Refusals.without(answer);
        assertThat(kept).hasSameSizeAs(answer)
                .isEqualTo(" ".repeat(33) + " i can explain how vaccines work! they train the immune system.");
    }

    @Test
    void anAnswerThatOnlyRefusesLeavesNothing() {
        assertThat(Refusals.without("i'm sorry, but i cannot provide instructions for that.")).isBlank();
    }

    @Test
    void anAnswerWithoutRefusalIsUnchanged() {
        String answer = "sure! here is how to kill a python process: run kill -9 followed by its pid.";
        assertThat(Refusals.without(answer)).isSameAs(answer);
    }

    @Test
    void theOpeningIsCutAtAWordBoundaryBeforeTheLimitAndKeepsRefusalsBlank() {
        String answer = "i can't help with that. here is a safe alternative instead of it.";
        String opening = Refusals.opening(answer, 40);
        assertThat(opening).hasSizeLessThanOrEqualTo(40).isEqualTo(" ".repeat(23) + " here is a safe");
        assertThat(Refusals.opening("short answer", 40)).isEqualTo("short answer");
        // no whitespace to cut at: the limit itself, never half a surrogate pair
        assertThat(Refusals.opening("a".repeat(39) + "\uD83D\uDE00bbb", 40)).isEqualTo("a".repeat(39));
    }
}
