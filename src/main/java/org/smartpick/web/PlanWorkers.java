package org.smartpick.web;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server's pool for the independent recommendations inside one plan (area steps, priced alternatives,
 * what-ifs): one thread per core, a short queue, and a piece the queue cannot take is dropped, because the request's
 * own thread runs every piece no worker has started (IndependentTasks). Under load the requests' threads already use
 * the cores and the pool mostly stays idle; a lone request gets the second core.
 */
final class PlanWorkers {
    /** Pieces waiting per worker; a plan offers at most a dozen. */
    private static final int QUEUE_PER_THREAD = 8;

    private PlanWorkers() {}

    static ThreadPoolExecutor sizedToCores() {
        int cores = Runtime.getRuntime().availableProcessors();
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(
                cores,
                cores,
                30,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(cores * QUEUE_PER_THREAD),
                task -> {
                    Thread t = new Thread(task, "plan-worker-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                },
                new ThreadPoolExecutor.DiscardPolicy());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
