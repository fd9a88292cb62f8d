package org.smartpick.engine.portfolio;

import java.util.ArrayList;
import java.util.List;

/**
 * Adds, one at a time, the option (program and signal) that raises the value most while the limits allow. With
 * equal costs, no signals and independent outcomes this is exact and its sets are nested (Kapur & Hong 2022):
 * run to the end it gives the application order and the whole curve of value against applications.
 */
public final class GreedySolver {
    private static final double MIN_GAIN = 1e-15;

    /** The greedy run: the selection and the value after each addition. */
    public record Run(Selection selection, List<Double> curve) {
        public Run {
            curve = List.copyOf(curve);
        }
    }

    public Run solve(PortfolioProblem problem) {
        return solve(problem, List.of());
    }

    /** Greedy additions to a starting set (which must keep within the limits). */
    public Run solve(PortfolioProblem problem, List<Pick> start) {
        Additions run = new Additions(problem, start);
        // With one utility the value u · P(any success) is submodular, so an option's gain never grows as the set
        // does and a stale gain bounds the fresh one (lazy greedy); without a dollar limit an option the limits
        // refuse stays refused. Same picks as trying every option at every step, in far fewer evaluations.
        boolean lazy =
                !Double.isNaN(problem.uniformUtility()) && problem.limits().dollars() == null;
        if (lazy) {
            run.lazily();
        } else {
            run.exhaustively();
        }
        return new Run(
                new Selection(
                        run.chosen,
                        problem.value(run.chosen),
                        problem.pMatch(run.chosen),
                        problem.limits().cost(problem.items(), run.chosen)),
                run.curve);
    }

    /** The set being built, what it spends and the value after each addition. */
    private static final class Additions {
        private final PortfolioProblem problem;
        private final List<Pick> chosen;
        private final boolean[] taken;
        private final Spend spend;
        private final List<Pick> options;
        private final List<Double> curve = new ArrayList<>();

        Additions(PortfolioProblem problem, List<Pick> start) {
            this.problem = problem;
            chosen = new ArrayList<>(start);
            taken = new boolean[problem.items().size()];
            spend = new Spend(problem);
            chosen.forEach(p -> {
                taken[p.item()] = true;
                spend.add(p);
            });
            options = problem.options();
        }

        private boolean open(Pick option) {
            return !taken[option.item()] && spend.canAdd(option);
        }

        private void take(Pick best, double valueAfter) {
            chosen.add(best);
            taken[best.item()] = true;
            spend.add(best);
            curve.add(valueAfter);
        }

        /** Every open option's gain at every step; ties go to the first option. */
        void exhaustively() {
            while (true) {
                SetView state = SetView.of(problem, chosen);
                Pick best = null;
                double bestGain = MIN_GAIN;
                for (Pick option : options) {
                    if (open(option)) {
                        double gain = state.gain(option);
                        if (gain > bestGain) {
                            best = option;
                            bestGain = gain;
                        }
                    }
                }
                if (best == null) {
                    return;
                }
                take(best, state.value() + bestGain);
            }
        }

        /**
         * Options in a heap by their last known gain (ties by position, as above): the top is re-valued and taken
         * when it still beats the next one's bound.
         */
        void lazily() {
            SetView.MissState state = new SetView.MissState(problem, chosen);
            double[] bound = new double[options.size()];
            for (int i = 0; i < bound.length; i++) {
                bound[i] = state.gain(options.get(i));
            }
            OptionHeap heap = new OptionHeap(bound);
            while (!heap.isEmpty() && !spend.full()) {
                int i = heap.poll();
                Pick option = options.get(i);
                if (!open(option)) {
                    continue;
                }
                bound[i] = state.gain(option);
                if (!heap.isEmpty() && heap.before(heap.peek(), i)) {
                    heap.add(i);
                    continue;
                }
                if (!(bound[i] > MIN_GAIN)) {
                    return;
                }
                double before = state.value();
                state.add(option);
                take(option, before + bound[i]);
            }
        }
    }
}
