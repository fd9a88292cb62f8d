package org.smartpick.engine.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

/**
 * Independent pieces of one computation (the area steps of a plan, its what-ifs) shared with a pool of workers,
 * the calling thread working too: every piece but the first is offered to the workers, then the caller runs, in
 * order, each piece no worker has started yet and waits for the rest. When the workers are busy (a server under
 * load) or refuse the offer, the caller does all the work itself, as it would without them, so sharing never makes a
 * request wait for a queue; when they are idle, one plan uses the cores.
 */
final class IndependentTasks {
    private IndependentTasks() {}

    /** {@code work} applied to each input, in the inputs' order; the first failure is rethrown. */
    public static <T, R> List<R> map(List<T> inputs, Function<? super T, ? extends R> work, Executor workers) {
        List<FutureTask<R>> tasks = new ArrayList<>(inputs.size());
        for (T input : inputs) {
            tasks.add(new FutureTask<>(() -> work.apply(input)));
        }
        for (int k = 1; k < tasks.size(); k++) {
            try {
                workers.execute(tasks.get(k));
            } catch (RejectedExecutionException full) {
                // the caller runs it below
            }
        }
        List<R> out = new ArrayList<>(inputs.size());
        for (FutureTask<R> task : tasks) {
            task.run(); // does nothing when a worker has started it
            out.add(result(task));
        }
        return out;
    }

    private static <R> R result(FutureTask<R> task) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the piece is running on a worker: its answer is wanted all the same
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
