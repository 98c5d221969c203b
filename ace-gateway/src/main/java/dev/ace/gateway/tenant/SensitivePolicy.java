package dev.ace.gateway.tenant;

/** What to do with a prompt that carries sensitive data. */
public enum SensitivePolicy {
    /** Send it only to HIGH_TRUST upstreams; refuse when none serves the model. */
    ROUTE_HIGH_TRUST,
    /** Redact the sensitive spans before it goes to a LOW_TRUST upstream. */
    REDACT
}
