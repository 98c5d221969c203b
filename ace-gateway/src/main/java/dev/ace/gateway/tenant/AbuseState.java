package dev.ace.gateway.tenant;

/** Where an end user stands after their recent violations. */
public enum AbuseState {
    /** Served normally. */
    OK,
    /** Served at a reduced rate (one request per throttle interval) and queued for review. */
    THROTTLED,
    /** Refused (HTTP 403) until the violations age out of the window or a reviewer clears them. */
    SUSPENDED
}
