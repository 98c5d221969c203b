package dev.ace.gateway.tenant;

import java.time.Instant;
import java.util.List;

/**
 * An end user waiting for human review.
 *
 * @param tenant      the tenant the user belongs to
 * @param user        the end-user id (the {@code user} field or the {@code x-ace-user} header)
 * @param state       the escalation reached
 * @param violations  violations counted in the current window
 * @param since       when the user first reached review
 * @param principles  the principles of the recent violations, most recent first, without repeats
 */
public record ReviewItem(String tenant, String user, AbuseState state, int violations, Instant since,
                         List<String> principles) {
    public ReviewItem {
        principles = List.copyOf(principles);
    }
}
