package dev.ace.core.constitution;

/** How grave a violation of a principle is. Critical principles get a wider escalation band. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW;

    public boolean critical() {
        return this == CRITICAL;
    }
}
