package org.smartpick.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.smartpick.match.MatchInstance;
import org.smartpick.match.MatchResult;
import org.smartpick.match.Matcher;

/**
 * A national-scale Match: 48,000 applicants, 6,300 programs, 43,000 positions, rank lists of 12 drawn by program
 * popularity, programs ranking everyone who ranked them by a noisy common quality; with 2% of applicants in
 * couples (480 couples ranking 12 pairs) or none. Seeded. Run with scripts/bench.sh MatchBenchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MatchBenchmark {
    @Param({"0", "480"})
    int couples;

    private MatchInstance instance;

    @Setup
    public void setUp() {
        instance = national(new Random(2026), 48_000, 6_300, 43_000, 12, couples);
    }

    @Benchmark
    public MatchResult nationalMatch() {
        return new Matcher().run(instance, false);
    }

    @Benchmark
    public MatchResult nationalMatchChecked() {
        return new Matcher().run(instance, true);
    }

    static MatchInstance national(Random r, int applicants, int programs, int positions, int listLength, int couples) {
        double[] popularity = new double[programs];
        double[] cumulative = new double[programs];
        double total = 0;
        for (int p = 0; p < programs; p++) {
            popularity[p] = Math.exp(r.nextGaussian());
            total += popularity[p];
            cumulative[p] = total;
        }
        int singles = applicants - 2 * couples;
        double[] quality = new double[applicants];
        List<List<Integer>> byProgram = new ArrayList<>();
        for (int p = 0; p < programs; p++) {
            byProgram.add(new ArrayList<>());
        }
        List<MatchInstance.ApplicantEntry> as = new ArrayList<>();
        List<int[]> personal = new ArrayList<>();
        for (int a = 0; a < applicants; a++) {
            quality[a] = r.nextGaussian();
            int[] list = pick(r, cumulative, total, listLength);
            personal.add(list);
            for (int p : list) {
                byProgram.get(p).add(a);
            }
            if (a < singles) {
                as.add(new MatchInstance.ApplicantEntry(
                        "a" + a, Arrays.stream(list).mapToObj(p -> "p" + p).toList()));
            }
        }
        List<MatchInstance.CoupleEntry> cs = new ArrayList<>();
        for (int c = 0; c < couples; c++) {
            int x = singles + 2 * c;
            List<String[]> pairs = new ArrayList<>();
            for (int k = 0; k < listLength; k++) {
                pairs.add(new String[] {"p" + personal.get(x)[k], "p" + personal.get(x + 1)[k]});
            }
            cs.add(new MatchInstance.CoupleEntry("a" + x, "a" + (x + 1), pairs));
        }
        List<MatchInstance.ProgramEntry> ps = new ArrayList<>();
        for (int p = 0; p < programs; p++) {
            List<Integer> ranked = new ArrayList<>(byProgram.get(p));
            double[] noisy = new double[applicants];
            ranked.forEach(a -> noisy[a] = quality[a] + 0.5 * r.nextGaussian());
            ranked.sort((u, v) -> Double.compare(noisy[v], noisy[u]));
            int capacity =
                    Math.max(1, (int) Math.round((double) positions / programs * popularity[p] * programs / total));
            ps.add(new MatchInstance.ProgramEntry(
                    "p" + p, capacity, ranked.stream().map(a -> "a" + a).toList()));
        }
        return new MatchInstance(ps, as, cs);
    }

    private static int[] pick(Random r, double[] cumulative, double total, int n) {
        int[] out = new int[n];
        int filled = 0;
        while (filled < n) {
            int p = Arrays.binarySearch(cumulative, r.nextDouble() * total);
            int index = p >= 0 ? p : -p - 1;
            boolean seen = false;
            for (int i = 0; i < filled; i++) {
                seen |= out[i] == index;
            }
            if (!seen) {
                out[filled++] = index;
            }
        }
        return out;
    }
}
