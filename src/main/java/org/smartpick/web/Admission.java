package org.smartpick.web;

import io.javalin.http.Handler;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bound on the routes that compute (recommendations, scores, odds, plans): at most {@code running} of them at
 * once and {@code waiting} more in line for at most {@code waitMillis}; a request beyond that is answered 503 with
 * Retry-After at once instead of queueing without end (docs/api.md, "Limits"). Every accepted computation is
 * itself bounded (≲ 2 s of CPU), so the line moves.
 */
final class Admission {
    /** Computations at once: two per core, so that a save's disk wait does not leave a core idle. */
    static final int RUNNING = 2 * Runtime.getRuntime().availableProcessors();
    /** Requests in line at most: at ~30 ms a national recommendation, about a second's work on two cores. */
    static final int WAITING = 64;

    static final long WAIT_MILLIS = 5_000;

    private final Semaphore running;
    private final AtomicInteger inLine = new AtomicInteger();
    private final int waiting;
    private final long waitMillis;

    Admission(int running, int waiting, long waitMillis) {
        if (running < 1 || waiting < 0 || waitMillis < 0) {
            throw new IllegalArgumentException("running must be at least 1, waiting and waitMillis at least 0");
        }
        this.running = new Semaphore(running, true);
        this.waiting = waiting;
        this.waitMillis = waitMillis;
    }

    static Admission standard() {
        return new Admission(RUNNING, WAITING, WAIT_MILLIS);
    }

    /** The handler, run only when admitted. */
    Handler limited(Handler handler) {
        return ctx -> {
            admit();
            try {
                handler.handle(ctx);
            } finally {
                running.release();
            }
        };
    }

    private void admit() throws InterruptedException {
        if (running.tryAcquire()) {
            return;
        }
        if (inLine.incrementAndGet() > waiting) {
            inLine.decrementAndGet();
            throw busy();
        }
        try {
            if (!running.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                throw busy();
            }
        } finally {
            inLine.decrementAndGet();
        }
    }

    private static Problem busy() {
        return Problem.unavailable("The server is at capacity; send the same request again shortly.", 1);
    }
}
