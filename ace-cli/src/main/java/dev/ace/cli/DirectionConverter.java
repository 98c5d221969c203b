package dev.ace.cli;

import dev.ace.core.Direction;
import picocli.CommandLine;

/** Reads {@code --direction input|output}; anything else is a usage error that names the option. */
public final class DirectionConverter implements CommandLine.ITypeConverter<Direction> {
    @Override
    public Direction convert(String value) {
        try {
            return Direction.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("--direction must be input or output, not '" + value + "'");
        }
    }
}
