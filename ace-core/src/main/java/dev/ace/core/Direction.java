package dev.ace.core;

/** Whether a text goes into the model (a prompt) or comes out of it (an answer). */
public enum Direction {
    INPUT, OUTPUT;

    public static Direction parse(String s) {
        return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
