package dev.ace.gateway.sensitive;

/** The kinds of sensitive data the detector knows. */
public enum SensitiveKind {
    EMAIL, PHONE, PAYMENT_CARD, NATIONAL_ID, SECRET;

    /** The placeholder written in place of a redacted match, e.g. {@code [REDACTED:EMAIL]}. */
    public String placeholder() {
        return "[REDACTED:" + name() + "]";
    }
}
