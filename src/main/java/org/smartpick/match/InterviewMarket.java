package org.smartpick.match;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Who interviews where. Programs offer interviews to their applicants in the order they view them, up to
 * interviews-per-position times their positions; applicants attend at most a fixed number, keeping the programs
 * they want most. Offers move as in program-proposing deferred acceptance: an applicant who is full drops the least
 * wanted interview for a better one, and that program offers its freed slot to its next applicant. The result is
 * each applicant's set of interviews (application indices).
 */
final class InterviewMarket {
    private final Applications apps;
    private final int[][] held;
    private final int[] heldCount;

    private InterviewMarket(Applications apps, int applicants, int limit) {
        this.apps = apps;
        held = new int[applicants][limit];
        heldCount = new int[applicants];
    }

    /** Runs the offers; {@code slots[j]} is program j's number of interview offers. */
    static InterviewMarket run(Applications apps, int applicants, int programs, int[] slots, int limit) {
        InterviewMarket market = new InterviewMarket(apps, applicants, limit);
        market.offer(new Candidates(apps, programs, slots), slots);
        return market;
    }

    /** Applicant i's interviews, as application indices. */
    int[] interviews(int i) {
        return Arrays.copyOf(held[i], heldCount[i]);
    }

    private void offer(Candidates candidates, int[] slots) {
        int programs = slots.length;
        int[] next = new int[programs];
        int[] offered = new int[programs];
        Deque<Integer> queue = new ArrayDeque<>();
        boolean[] queued = new boolean[programs];
        for (int j = 0; j < programs; j++) {
            queue.add(j);
            queued[j] = true;
        }
        while (!queue.isEmpty()) {
            int j = queue.poll();
            queued[j] = false;
            while (offered[j] < slots[j] && next[j] < candidates.count(j)) {
                int displaced = propose(candidates.at(j, next[j]++));
                if (displaced != -1) {
                    offered[j]++;
                }
                if (displaced >= 0) {
                    int freed = apps.program[displaced];
                    offered[freed]--;
                    if (!queued[freed]) {
                        queue.add(freed);
                        queued[freed] = true;
                    }
                }
            }
        }
    }

    /**
     * Offers application a's applicant an interview: returns −1 if refused, −2 if accepted into a free place, or the
     * application whose interview was dropped for it.
     */
    private int propose(int a) {
        int i = apps.applicant[a];
        int[] mine = held[i];
        if (heldCount[i] < mine.length) {
            mine[heldCount[i]++] = a;
            return -2;
        }
        int worst = 0;
        for (int k = 1; k < mine.length; k++) {
            if (apps.utility[mine[k]] < apps.utility[mine[worst]]) {
                worst = k;
            }
        }
        if (apps.utility[a] <= apps.utility[mine[worst]]) {
            return -1;
        }
        int dropped = mine[worst];
        mine[worst] = a;
        return dropped;
    }

    /**
     * Each program's applications that passed screening, best viewed first, sorted as far as the offers reach: at
     * first only the best twice its interview slots (selected, then sorted), the rest sorted if offers get there.
     * Most programs fill within the first slots and never sort the hundreds of applications behind them.
     */
    private static final class Candidates {
        private final long[][] keys;
        private final int[] sorted;

        Candidates(Applications apps, int programs, int[] slots) {
            int[] count = new int[programs];
            for (int a = 0; a < apps.size(); a++) {
                count[apps.program[a]] += apps.screened[a] ? 0 : 1;
            }
            keys = new long[programs][];
            for (int j = 0; j < programs; j++) {
                keys[j] = new long[count[j]];
            }
            Arrays.fill(count, 0);
            for (int a = 0; a < apps.size(); a++) {
                if (!apps.screened[a]) {
                    int j = apps.program[a];
                    keys[j][count[j]++] = Descending.key(a, apps.view[a]);
                }
            }
            sorted = new int[programs];
            for (int j = 0; j < programs; j++) {
                int prefix = (int) Math.min(keys[j].length, 2L * slots[j]);
                if (prefix > 0 && prefix < keys[j].length) {
                    OrderStatistics.smallestFirst(keys[j], keys[j].length, prefix);
                }
                Arrays.sort(keys[j], 0, prefix);
                sorted[j] = prefix;
            }
        }

        int count(int j) {
            return keys[j].length;
        }

        /** Program j's k-th best viewed application. */
        int at(int j, int k) {
            if (k >= sorted[j]) {
                Arrays.sort(keys[j], sorted[j], keys[j].length);
                sorted[j] = keys[j].length;
            }
            return Descending.id(keys[j][k]);
        }
    }
}
