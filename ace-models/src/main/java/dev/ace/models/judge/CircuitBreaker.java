package dev.ace.models.judge;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * Opens after {@code threshold} consecutive failed calls and refuses calls for {@code cooldown}; then lets
 * one trial call through (half-open): success closes it, failure opens it again. Hand-written (about forty
 * lines) because time must be injectable for tests without sleeping. Thread-safe.
 */
final class CircuitBreaker {
    enum State { CLOSED, OPEN, HALF_OPEN }

    private final int threshold;
    private final Duration cooldown;
    private final InstantSource clock;
    private int failures;
    private Instant openUntil;
    private boolean trialInFlight;

    CircuitBreaker(int threshold, Duration cooldown, InstantSource clock) {
        this.threshold = threshold;
        this.cooldown = cooldown;
        this.clock = clock;
    }

    /** Whether a call may go ahead now; in half-open state only one trial call at a time. */
    synchronized boolean tryAcquire() {
        if (openUntil == null) {
            return true;
        }
        if (clock.instant().isBefore(openUntil) || trialInFlight) {
            return false;
        }
        trialInFlight = true;
        return true;
    }

    synchronized void success() {
        failures = 0;
        openUntil = null;
        trialInFlight = false;
    }

    synchronized void failure() {
        failures++;
        if (trialInFlight || failures >= threshold) {
            openUntil = clock.instant().plus(cooldown);
        }
        trialInFlight = false;
    }

    synchronized State state() {
        if (openUntil == null) {
            return State.CLOSED;
        }
        return clock.instant().isBefore(openUntil) ? State.OPEN : State.HALF_OPEN;
    }

    synchronized Instant openUntil() {
        return openUntil;
    }
}
