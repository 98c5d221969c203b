package dev.ace.gateway;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayContextTest {
    @Test
    void theSlowerTierIsBehindOnceTwiceItsThreadsInChecksAreWaiting() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(2);
        try {
            for (int i = 0; i < 2; i++) { // both threads busy
                pool.execute(() -> {
                    running.countDown();
                    awaitQuietly(release);
                });
            }
            running.await();
            for (int i = 0; i < 3; i++) {
                pool.execute(() -> { });
            }
            assertThat(GatewayContext.behind(pool)).isFalse(); // 3 waiting, 2 threads
            pool.execute(() -> { });
            assertThat(GatewayContext.behind(pool)).isTrue(); // 4 waiting
            release.countDown();
        } finally {
            release.countDown();
            pool.shutdown();
        }
        assertThat(pool.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(GatewayContext.behind(pool)).isFalse();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
