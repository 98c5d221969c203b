package dev.ace.cli;

import dev.ace.core.Direction;
import dev.ace.core.Inspector;
import dev.ace.core.TenantContext;
import dev.ace.core.TrustTier;
import dev.ace.core.Turn;
import dev.ace.core.constitution.ConstitutionException;
import dev.ace.core.constitution.Constitution;
import dev.ace.models.ShippedInspector;
import dev.ace.models.linear.ModelArtifact;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options every inspecting command shares: direction, trust tier, constitution and an optional LLM judge. */
final class InspectionOptions {
    @Option(names = "--direction", defaultValue = "input", paramLabel = "input|output", converter = DirectionConverter.class,
            description = "inspect as prompts (input, default) or as model answers (output)")
    Direction direction;

    @Option(names = "--tier", defaultValue = "HIGH_TRUST", paramLabel = "HIGH_TRUST|LOW_TRUST",
            description = "trust tier whose actions apply (default HIGH_TRUST)")
    TrustTier tier;

    @Option(names = "--constitution", paramLabel = "FILE", description = "constitution YAML (default: the shipped one)")
    Path constitutionFile;

    @Mixin
    JudgeOptions judge = new JudgeOptions();

    /** The shipped inspector over the chosen constitution, with the LLM judge if one is named. */
    Inspector inspector() throws ConstitutionException {
        Constitution c = Engines.constitution(constitutionFile);
        ShippedInspector.Options options = judge.apply(ShippedInspector.Options.DEFAULT); // bad: exit 2, named
        return options == ShippedInspector.Options.DEFAULT ? Engines.inspector(c)
                : ShippedInspector.create(c, ModelArtifact.loadShipped(), options);
    }

    TenantContext tenant() {
        return TenantContext.of("local", tier);
    }

    /** A text as the turn the direction implies: a user's prompt or the assistant's answer. */
    Turn turn(String text) {
        return direction == Direction.OUTPUT ? Turn.assistant(text) : Turn.user(text);
    }
}
