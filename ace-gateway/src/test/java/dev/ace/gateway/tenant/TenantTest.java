package dev.ace.gateway.tenant;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class TenantTest {
    @Test
    void authenticatesByHashAndRejectsOthers() {
        TenantRegistry r = new TenantRegistry(List.of(Tenant.simple("a", ApiKeys.sha256("key-a"), false),
                Tenant.simple("b", ApiKeys.sha256("key-b"), true)));
        assertThat(r.authenticate("key-b")).map(Tenant::id).contains("b");
        assertThat(r.authenticate("key-a")).map(Tenant::id).contains("a");
        assertThat(r.authenticate("key-c")).isEmpty();
        assertThat(r.authenticate("")).isEmpty();
        assertThat(r.authenticate(null)).isEmpty();
    }

    @Test
    void generatedKeysAreLongAndDistinct() {
        String k = ApiKeys.generate();
        assertThat(k).startsWith("ace-").hasSize(68).isNotEqualTo(ApiKeys.generate());
        assertThat(ApiKeys.sha256(k)).matches("[0-9a-f]{64}");
    }

    @Test
    void rateLimiterRefillsOnTheInjectedClock() {
        AtomicLong now = new AtomicLong();
        RateLimiter rl = new RateLimiter(now::get);
        assertThat(rl.acquire("t", 2, 2)).isZero();
        assertThat(rl.acquire("t", 2, 2)).isZero();
        assertThat(rl.acquire("t", 2, 2)).isEqualTo(500_000_000L);
        now.addAndGet(500_000_000L);
        assertThat(rl.acquire("t", 2, 2)).isZero();
        assertThat(rl.acquire("other", 0, 0)).isZero();
    }

    static final class FakeClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void violationsEscalateToThrottleThenSuspendAndAgeOut() {
        FakeClock clock = new FakeClock();
        AbuseTracker t = new AbuseTracker(clock, Duration.ofMinutes(10), 2, 3, Duration.ofSeconds(30));
        assertThat(t.admit("acme", "u").state()).isEqualTo(AbuseState.OK);
        assertThat(t.violation("acme", "u", "p.one")).isEqualTo(AbuseState.OK);
        assertThat(t.reviewQueue(null)).isEmpty();
        assertThat(t.violation("acme", "u", "p.two")).isEqualTo(AbuseState.THROTTLED);
        assertThat(t.admit("acme", "u").allowed()).isTrue();
        AbuseTracker.Admission second = t.admit("acme", "u");
        assertThat(second.allowed()).isFalse();
        assertThat(second.retryAfter()).isEqualTo(Duration.ofSeconds(30));
        clock.now = clock.now.plusSeconds(30);
        assertThat(t.admit("acme", "u").allowed()).isTrue();
        assertThat(t.violation("acme", "u", "p.one")).isEqualTo(AbuseState.SUSPENDED);
        assertThat(t.admit("acme", "u").state()).isEqualTo(AbuseState.SUSPENDED);
        assertThat(t.reviewQueue("acme")).singleElement().satisfies(i -> {
            assertThat(i.state()).isEqualTo(AbuseState.SUSPENDED);
            assertThat(i.violations()).isEqualTo(3);
            assertThat(i.principles()).containsExactly("p.one", "p.two");
        });
        assertThat(t.reviewQueue("other")).isEmpty();
        clock.now = clock.now.plus(Duration.ofMinutes(11));
        assertThat(t.admit("acme", "u").state()).isEqualTo(AbuseState.OK);
        assertThat(t.clear("acme", "u")).isTrue();
        assertThat(t.reviewQueue(null)).isEmpty();
    }
}
