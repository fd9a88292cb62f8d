package org.smartpick.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.http.Handler;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The bound on computing routes: so many at once, so many in line, then 503 with Retry-After. */
class AdmissionTest {

    private static CompletableFuture<Void> inBackground(Handler handler) {
        return CompletableFuture.runAsync(() -> {
            try {
                handler.handle(null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void beyondTheRunningAndTheLineARequestIsAnswered503AtOnce() throws Exception {
        Admission admission = new Admission(1, 1, 10_000);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Handler slow = admission.limited(ctx -> {
            started.countDown();
            release.await(10, TimeUnit.SECONDS);
        });
        CompletableFuture<Void> running = inBackground(slow);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        CountDownLatch secondRan = new CountDownLatch(1);
        CompletableFuture<Void> inLine = inBackground(admission.limited(ctx -> secondRan.countDown()));
        Thread.sleep(100); // the second request is waiting for the running one
        assertThatThrownBy(() -> admission.limited(ctx -> {}).handle(null)).isInstanceOfSatisfying(Problem.class, p -> {
            assertThat(p.status).isEqualTo(503);
            assertThat(p.retryAfter).isPositive();
        });
        release.countDown();
        running.get(10, TimeUnit.SECONDS);
        inLine.get(10, TimeUnit.SECONDS);
        assertThat(secondRan.getCount()).isZero();
    }

    @Test
    void aRequestThatWaitsTooLongIsAnswered503AndThePermitsComeBackAfterFailures() throws Exception {
        Admission admission = new Admission(1, 4, 50);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> running = inBackground(admission.limited(ctx -> release.await(10, TimeUnit.SECONDS)));
        Thread.sleep(50);
        assertThatThrownBy(() -> admission.limited(ctx -> {}).handle(null)).isInstanceOf(Problem.class);
        release.countDown();
        running.get(10, TimeUnit.SECONDS);
        // a handler that throws gives its permit back
        assertThatThrownBy(() -> admission
                        .limited(ctx -> {
                            throw new IllegalStateException("boom");
                        })
                        .handle(null))
                .hasMessage("boom");
        CountDownLatch ran = new CountDownLatch(1);
        admission.limited(ctx -> ran.countDown()).handle(null);
        assertThat(ran.getCount()).isZero();
    }
}
