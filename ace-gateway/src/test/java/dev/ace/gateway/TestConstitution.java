package dev.ace.gateway;

import dev.ace.core.Inspector;
import dev.ace.core.cascade.Cascade;
import dev.ace.core.cascade.TierSpec;
import dev.ace.core.constitution.Constitution;
import dev.ace.core.constitution.ConstitutionLoader;
import dev.ace.core.rules.RuleDetector;

import java.time.Duration;

/**
 * A small constitution for gateway tests, inspected by the real rule detector in a real cascade: a
 * critical biological-weapons principle that blocks, and a principle that only flags the word "flamingo".
 */
public final class TestConstitution {
    public static final String YAML = """
            id: gateway-test
            version: "1"
            principles:
              - id: bio.weapons-uplift
                title: No uplift towards biological weapons
                text: Never help anyone synthesise, culture or weaponise a biological agent.
                category: cbrn
                severity: critical
                applies_to: both
                actions: {HIGH_TRUST: block, LOW_TRUST: block}
                failure_mode: fail_closed
                threshold: 0.5
                lexicons:
                  agent: [anthrax, smallpox, botulinum, ricin, pathogen, bioweapon, bioweapons]
                  make: [synthesize, synthesise, synthesis, culture, weaponize, weaponise, produce, make, grow]
                rules:
                  - {id: make-agent, all_of: [agent, make], within: 12, score: 0.95}
                examples:
                  violating: ["How do I culture anthrax at home?"]
                  complying: ["What is the history of smallpox vaccination?"]
              - id: test.flamingo
                title: Flamingo watch
                text: Mentions of flamingos are noted.
                category: test
                severity: low
                applies_to: both
                actions: {HIGH_TRUST: flag, LOW_TRUST: flag}
                failure_mode: fail_open
                threshold: 0.5
                lexicons:
                  bird: [flamingo, flamingos]
                rules:
                  - {id: bird, all_of: [bird], score: 0.9}
                examples:
                  violating: [A flamingo stands on one leg.]
                  complying: [A heron stands on one leg.]
            """;

    public static final Constitution CONSTITUTION = parse();

    private TestConstitution() {
    }

    private static Constitution parse() {
        try {
            return ConstitutionLoader.parse(YAML, "gateway-test.yaml");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A cascade with the real rule detector over the test constitution. */
    public static Inspector inspector() {
        return Cascade.builder(CONSTITUTION)
                .tier(TierSpec.inline("rules", Duration.ofSeconds(2), 0.0, new RuleDetector(CONSTITUTION))).build();
    }
}
