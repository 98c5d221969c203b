package dev.ace.gateway.config;

import java.time.Duration;

/**
 * Per-end-user escalation.
 *
 * @param window           violations older than this age out
 * @param throttleAfter    violations in the window that throttle the user and queue them for review
 * @param suspendAfter     violations in the window that suspend the user
 * @param throttleInterval a throttled user may send one request per interval
 */
public record AbuseConfig(Duration window, int throttleAfter, int suspendAfter, Duration throttleInterval) {
    public static AbuseConfig defaults() {
        return new AbuseConfig(Duration.ofHours(1), 3, 6, Duration.ofSeconds(10));
    }
}
