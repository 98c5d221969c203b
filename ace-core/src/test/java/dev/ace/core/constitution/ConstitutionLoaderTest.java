package dev.ace.core.constitution;

import dev.ace.core.Action;
import dev.ace.core.Direction;
import dev.ace.core.TrustTier;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConstitutionLoaderTest {
    static String resource(String name) {
        try (InputStream in = ConstitutionLoaderTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Constitution small() throws ConstitutionException {
        return ConstitutionLoader.parse(resource("small.yaml"), "small.yaml");
    }

    private static List<ConfigError> errors(String yaml) {
        try {
            ConstitutionLoader.parse(yaml, "test.yaml");
        } catch (ConstitutionException e) {
            return e.errors();
        }
        throw new AssertionError("expected the document to be rejected");
    }

    private static String principle(String overrides) {
        String base = """
                id: t
                version: "1"
                principles:
                  - id: p.one
                    title: T
                    text: Text.
                    category: c
                    severity: high
                    applies_to: input
                    actions: {HIGH_TRUST: block, LOW_TRUST: block}
                    failure_mode: fail_open
                    threshold: 0.5
                    examples: {violating: [a], complying: [b]}
                """;
        return base + overrides;
    }

    @Test
    void loadsAValidDocument() throws Exception {
        Constitution c = small();
        assertThat(c.id()).isEqualTo("test-constitution");
        assertThat(c.principles()).hasSize(2);
        Principle bio = c.principle("bio.weapons-uplift").orElseThrow();
        assertThat(bio.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(bio.actionFor(TrustTier.LOW_TRUST)).isEqualTo(Action.BLOCK);
        assertThat(bio.failsClosed()).isTrue();
        assertThat(bio.rules()).singleElement().satisfies(r -> {
            assertThat(r.allOf()).containsExactly("agent", "uplift");
            assertThat(r.within()).isEqualTo(8);
        });
        Principle jb = c.principle("jailbreak.attempt").orElseThrow();
        assertThat(jb.appliesTo(Direction.OUTPUT)).isFalse();
        assertThat(jb.rules().get(0).isPattern()).isTrue();
        assertThat(c.digest()).matches("[0-9a-f]{64}");
    }

    @Test
    void digestIgnoresFormattingAndComments() throws Exception {
        String original = resource("small.yaml");
        String reformatted = "# another comment\n" + original.replace("actions: {HIGH_TRUST: block, LOW_TRUST: block}",
                "actions:\n      LOW_TRUST: block\n      HIGH_TRUST: block");
        assertThat(ConstitutionLoader.parse(reformatted, "x").digest()).isEqualTo(small().digest());
    }

    @Test
    void digestChangesWhenAnyPrincipleChanges() throws Exception {
        String changed = resource("small.yaml").replace("threshold: 0.5\n    lexicons", "threshold: 0.6\n    lexicons");
        assertThat(ConstitutionLoader.parse(changed, "x").digest()).isNotEqualTo(small().digest());
    }

    @Test
    void reportsEveryErrorAtOnceWithLineNumbers() {
        List<ConfigError> errors = errors(resource("three-mistakes.yaml"));
        assertThat(errors).hasSize(3);
        assertThat(errors).extracting(ConfigError::line).containsExactly(8, 12, 13);
        assertThat(errors.get(0).toString()).isEqualTo(
                "test.yaml:8:15: principles[0].severity: 'extreme' must be one of critical, high, medium, low");
        assertThat(errors.get(1).field()).isEqualTo("principles[0].threshold");
        assertThat(errors.get(2).rule()).startsWith("is not a known key");
    }

    @Test
    void rejectsUnknownTopLevelKey() {
        assertThat(errors(principle("extras: {a: 1}\n"))).singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("extras"));
    }

    @Test
    void rejectsMissingRequiredField() {
        String yaml = principle("").replace("    category: c\n", "");
        assertThat(errors(yaml)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("principles[0].category");
            assertThat(e.rule()).isEqualTo("is required");
        });
    }

    @Test
    void rejectsBadAction() {
        String yaml = principle("").replace("LOW_TRUST: block}", "LOW_TRUST: obliterate}");
        assertThat(errors(yaml)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("principles[0].actions.LOW_TRUST");
            assertThat(e.value()).isEqualTo("obliterate");
        });
    }

    @Test
    void rejectsMissingTrustTier() {
        String yaml = principle("").replace("{HIGH_TRUST: block, LOW_TRUST: block}", "{HIGH_TRUST: block}");
        assertThat(errors(yaml)).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("principles[0].actions.LOW_TRUST"));
    }

    @Test
    void rejectsDuplicatePrincipleIds() {
        String one = principle("");
        String twice = one + one.substring(one.indexOf("  - id: p.one"));
        assertThat(errors(twice)).singleElement().satisfies(e -> assertThat(e.rule()).contains("repeats the id"));
    }

    @Test
    void rejectsBadPrincipleId() {
        assertThat(errors(principle("").replace("id: p.one", "id: Bio Weapons")))
                .singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("principles[0].id"));
    }

    @Test
    void rejectsRuleNamingAnUnknownLexicon() {
        String yaml = principle("""
                    lexicons: {a: [x]}
                    rules:
                      - {id: r, all_of: [a, b], score: 0.9}
                """);
        assertThat(errors(yaml)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("principles[0].rules[0].all_of");
            assertThat(e.value()).isEqualTo("b");
        });
    }

    @Test
    void rejectsExceptionsNamingAnUnknownLexiconOrOnAPatternRule() {
        String yaml = principle("""
                    lexicons: {a: [x]}
                    rules:
                      - {id: r, all_of: [a], none_of: [c], score: 0.9}
                      - {id: p, pattern: "x", none_of: [a], score: 0.9}
                """);
        assertThat(errors(yaml)).extracting(e -> e.field() + " " + e.value() + " " + e.rule()).containsExactlyInAnyOrder(
                "principles[0].rules[0].none_of c names no lexicon of this principle (known: a)",
                "principles[0].rules[1].none_of null applies only to a co-occurrence rule (all_of)");
    }

    @Test
    void rejectsInvalidRegularExpression() {
        String yaml = principle("""
                    rules:
                      - {id: r, pattern: "ignore (previous", score: 0.9}
                """);
        assertThat(errors(yaml)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("principles[0].rules[0].pattern");
            assertThat(e.rule()).startsWith("is not a valid regular expression");
        });
    }

    @Test
    void rejectsRuleWithBothPatternAndLexicons() {
        String yaml = principle("""
                    lexicons: {a: [x]}
                    rules:
                      - {id: r, all_of: [a], pattern: "x", score: 0.9}
                """);
        assertThat(errors(yaml)).singleElement().satisfies(e -> assertThat(e.rule()).contains("exactly one of"));
    }

    @Test
    void rejectsScoreOutOfRange() {
        String yaml = principle("""
                    lexicons: {a: [x]}
                    rules:
                      - {id: r, all_of: [a], score: 0}
                """);
        assertThat(errors(yaml)).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("principles[0].rules[0].score"));
    }

    @Test
    void rejectsUpperCaseOrMisplacedWildcardTerms() {
        String yaml = principle("    lexicons: {a: [Anthrax, \"we*apon\"]}\n");
        assertThat(errors(yaml)).hasSize(2).allSatisfy(e -> assertThat(e.rule()).contains("lower case"));
    }

    @Test
    void rejectsMissingExamples() {
        String yaml = principle("").replace("    examples: {violating: [a], complying: [b]}\n", "");
        assertThat(errors(yaml)).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("principles[0].examples"));
    }

    @Test
    void rejectsEmptyExampleList() {
        String yaml = principle("").replace("complying: [b]", "complying: []");
        assertThat(errors(yaml)).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("principles[0].examples.complying"));
    }

    @Test
    void rejectsDuplicateKeys() {
        String yaml = principle("").replace("    threshold: 0.5\n", "    threshold: 0.5\n    threshold: 0.6\n");
        assertThat(errors(yaml)).singleElement().satisfies(e -> assertThat(e.rule()).isEqualTo("is given twice"));
    }

    @Test
    void rejectsMalformedYamlWithItsPosition() {
        List<ConfigError> errors = errors("id: x\nversion: [1\nprinciples: []\n");
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.line()).isPositive();
            assertThat(e.rule()).startsWith("is not valid YAML");
        });
    }

    @Test
    void rejectsNonMappingDocument() {
        assertThat(errors("- just\n- a list\n")).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("(document)"));
    }

    @Test
    void rejectsEmptyPrincipleList() {
        assertThat(errors("id: x\nversion: \"1\"\nprinciples: []\n")).singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("principles"));
    }

    @Test
    void reportsMissingFileClearly() {
        assertThatThrownBy(() -> ConstitutionLoader.load(Path.of("/nonexistent/c.yaml")))
                .isInstanceOf(ConstitutionException.class)
                .hasMessageContaining("/nonexistent/c.yaml: (file): does not exist");
    }
}
