package org.smartpick.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Pieces shared with a pool come back in order, and the caller does what the workers do not take. */
// a piece nobody runs would leave the caller waiting for ever: fail instead of hanging the build
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class IndependentTasksTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void theResultsComeInTheInputsOrderWhoeverRanThem() {
        List<Integer> inputs = IntStream.range(0, 50).boxed().toList();
        assertThat(IndependentTasks.map(inputs, k -> k * k, pool))
                .isEqualTo(inputs.stream().map(k -> k * k).toList());
    }

    @Test
    void workersTakePiecesWhileTheCallerWorks() throws Exception {
        CountDownLatch secondStarted = new CountDownLatch(1);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Boolean> waited = IndependentTasks.map(
                List.of(0, 1),
                k -> {
                    threads.add(Thread.currentThread().getName());
                    if (k == 1) {
                        secondStarted.countDown();
                        return true;
                    }
                    // the first piece runs in the caller; it finishes only once a worker has begun the second
                    return awaitQuietly(secondStarted);
                },
                pool);
        assertThat(waited).containsExactly(true, true);
        assertThat(threads).hasSize(2).contains(Thread.currentThread().getName());
    }

    @Test
    void whatTheWorkersDropTheCallerRuns() {
        List<String> ran = new ArrayList<>();
        List<Integer> out = IndependentTasks.map(
                List.of(1, 2, 3),
                k -> {
                    ran.add(Thread.currentThread().getName());
                    return k + 1;
                },
                dropped -> {});
        assertThat(out).containsExactly(2, 3, 4);
        assertThat(ran).containsOnly(Thread.currentThread().getName()).hasSize(3);
    }

    @Test
    void aFailureOnAWorkerReachesTheCallerAsItself() {
        CountDownLatch secondStarted = new CountDownLatch(1);
        assertThatThrownBy(() -> IndependentTasks.map(
                        List.of(0, 1),
                        k -> {
                            if (k == 1) {
                                secondStarted.countDown();
                                throw new IllegalArgumentException("piece " + k);
                            }
                            return awaitQuietly(secondStarted);
                        },
                        pool))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("piece 1");
    }

    private static boolean awaitQuietly(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
