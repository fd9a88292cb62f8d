package org.smartpick.match;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Applicant-proposing deferred acceptance with couples, after Roth and Peranson (AER 1999): singles propose first;
 * then couples enter one at a time, each followed by the stack of applicants it displaced. A couple displaced from
 * one of its positions withdraws from the other, and the program left with a vacancy lets the single applicants
 * it turned away, who still prefer it, come back. The run stops after a bound on proposals (a cycle); the caller
 * checks the result's stability independently.
 */
final class RothPeranson {
    private final IndexedInstance m;
    final int[] assigned;
    private final int[] assignedIndex;
    private final int[] pointer;
    private final int[] couplePointer;
    final int[] coupleIndex;
    private final int[] held;
    private final List<int[]> heldAgents = new ArrayList<>();
    private final List<int[]> heldRanks = new ArrayList<>();
    private final List<List<int[]>> reverse;
    private final Deque<Integer> units = new ArrayDeque<>();
    private final Deque<Integer> vacancies = new ArrayDeque<>();
    private final long bound;
    long proposals;
    boolean cycled;

    RothPeranson(IndexedInstance market) {
        this.m = market;
        int n = market.agents();
        assigned = new int[n];
        assignedIndex = new int[n];
        pointer = new int[n];
        Arrays.fill(assigned, -1);
        couplePointer = new int[market.couples()];
        coupleIndex = new int[market.couples()];
        Arrays.fill(coupleIndex, -1);
        held = new int[market.programs()];
        for (int p = 0; p < market.programs(); p++) {
            heldAgents.add(new int[Math.max(1, market.capacity[p])]);
            heldRanks.add(new int[Math.max(1, market.capacity[p])]);
        }
        reverse = reverseIndex(market);
        long entries = market.lists.stream().mapToLong(l -> l.length).sum()
                + market.couplePairs.stream().mapToLong(p -> p.length).sum();
        bound = 50 * entries + 10_000;
    }

    /** Runs the match; returns false when it stopped at the bound. */
    boolean run() {
        for (int a = 0; a < m.agents(); a++) {
            if (m.coupleOf[a] < 0) {
                units.push(a);
            }
        }
        drain();
        for (int c = 0; c < m.couples() && !cycled; c++) {
            units.push(-(c + 1));
            drain();
        }
        return !cycled;
    }

    private void drain() {
        while (!units.isEmpty() || !vacancies.isEmpty()) {
            if (++proposals > bound) {
                cycled = true;
                return;
            }
            if (!vacancies.isEmpty()) {
                vacancy(vacancies.pop());
            } else {
                int unit = units.pop();
                if (unit >= 0) {
                    proposeSingle(unit);
                } else {
                    proposeCouple(-unit - 1);
                }
            }
        }
    }

    private void proposeSingle(int a) {
        int[] list = m.lists.get(a);
        int[] ranks = m.rankAtProgram.get(a);
        while (assigned[a] < 0 && pointer[a] < list.length) {
            int i = pointer[a]++;
            proposals++;
            if (ranks[i] >= 0 && admits(list[i], ranks[i], 1)) {
                place(a, list[i], ranks[i]);
                assignedIndex[a] = i;
            }
        }
    }

    private void proposeCouple(int c) {
        int[][] pairs = m.couplePairs.get(c);
        while (coupleIndex[c] < 0 && couplePointer[c] < pairs.length) {
            int j = couplePointer[c]++;
            proposals++;
            if (admitsPair(c, j)) {
                placePair(c, j);
            }
        }
    }

    /** Whether both programs of the couple's pair j would take their member (a null side needs nothing). */
    private boolean admitsPair(int c, int j) {
        int[] pair = m.couplePairs.get(c)[j];
        int[] ranks = m.coupleRanks.get(c)[j];
        int p = pair[0];
        int q = pair[1];
        if ((p >= 0 && ranks[0] < 0) || (q >= 0 && ranks[1] < 0)) {
            return false;
        }
        if (p >= 0 && p == q) {
            return admits(p, Math.max(ranks[0], ranks[1]), 2) && admits(p, Math.min(ranks[0], ranks[1]), 1);
        }
        return (p < 0 || admits(p, ranks[0], 1)) && (q < 0 || admits(q, ranks[1], 1));
    }

    private void placePair(int c, int j) {
        int[] members = m.coupleMembers.get(c);
        int[] pair = m.couplePairs.get(c)[j];
        int[] ranks = m.coupleRanks.get(c)[j];
        coupleIndex[c] = j;
        if (pair[0] >= 0) {
            place(members[0], pair[0], ranks[0]);
        }
        if (pair[1] >= 0) {
            place(members[1], pair[1], ranks[1]);
        }
    }

    /** Whether program p would take {@code count} more applicants of whom the worst has rank r. */
    private boolean admits(int p, int r, int count) {
        int free = m.capacity[p] - held[p];
        if (free >= count) {
            return true;
        }
        int needed = count - free;
        int[] ranks = heldRanks.get(p);
        int worse = 0;
        for (int i = 0; i < held[p]; i++) {
            if (ranks[i] > r) {
                worse++;
            }
        }
        return m.capacity[p] >= count && worse >= needed;
    }

    /** Holds agent a at p, displacing the worst held applicant when p is full. */
    private void place(int a, int p, int r) {
        if (held[p] == m.capacity[p]) {
            displace(p, worst(p));
        }
        heldAgents.get(p)[held[p]] = a;
        heldRanks.get(p)[held[p]] = r;
        held[p]++;
        assigned[a] = p;
    }

    private int worst(int p) {
        int[] ranks = heldRanks.get(p);
        int w = 0;
        for (int i = 1; i < held[p]; i++) {
            if (ranks[i] > ranks[w]) {
                w = i;
            }
        }
        return w;
    }

    /** Removes the held applicant at slot i of p; a couple member makes the couple withdraw and try again. */
    private void displace(int p, int slot) {
        int d = heldAgents.get(p)[slot];
        removeSlot(p, slot);
        assigned[d] = -1;
        int c = m.coupleOf[d];
        if (c < 0) {
            units.push(d);
            return;
        }
        for (int member : m.coupleMembers.get(c)) {
            if (member != d && assigned[member] >= 0) {
                int q = assigned[member];
                removeSlot(q, indexOf(q, member));
                assigned[member] = -1;
                vacancies.push(q);
            }
        }
        coupleIndex[c] = -1;
        units.push(-(c + 1));
    }

    /**
     * A program with a new vacancy takes back the applicants who prefer it, best-ranked first: single applicants it
     * turned away, and couples with a better pair through it that has become feasible.
     */
    private void vacancy(int p) {
        while (held[p] < m.capacity[p]) {
            int[] single = bestSingle(p);
            if (single == null) {
                return;
            }
            int best = single[0];
            int old = assigned[best];
            if (old >= 0) {
                removeSlot(old, indexOf(old, best));
                vacancies.push(old);
            }
            assigned[best] = -1;
            place(best, p, single[1]);
            assignedIndex[best] = single[2];
            pointer[best] = Math.max(pointer[best], single[2] + 1);
            proposals++;
        }
    }

    /** The single applicant p ranks best among those who prefer it to where they are: {agent, rank, index}. */
    private int[] bestSingle(int p) {
        int[] best = null;
        for (int[] entry : reverse.get(p)) {
            int a = entry[0];
            int i = entry[1];
            int r = m.rankAtProgram.get(a)[i];
            boolean prefers = assigned[a] < 0 ? pointer[a] > i : assignedIndex[a] > i;
            if (r >= 0 && prefers && assigned[a] != p && (best == null || r < best[1])) {
                best = new int[] {a, r, i};
            }
        }
        return best;
    }

    private int indexOf(int p, int agent) {
        int[] agents = heldAgents.get(p);
        for (int i = 0; i < held[p]; i++) {
            if (agents[i] == agent) {
                return i;
            }
        }
        throw new IllegalStateException("agent not held at its program");
    }

    private void removeSlot(int p, int slot) {
        int last = --held[p];
        heldAgents.get(p)[slot] = heldAgents.get(p)[last];
        heldRanks.get(p)[slot] = heldRanks.get(p)[last];
    }

    /** For each program, the (agent, index in the agent's list) entries of the single agents who list it. */
    private static List<List<int[]>> reverseIndex(IndexedInstance m) {
        List<List<int[]>> lists = new ArrayList<>();
        for (int p = 0; p < m.programs(); p++) {
            lists.add(new ArrayList<>());
        }
        for (int a = 0; a < m.agents(); a++) {
            int[] list = m.lists.get(a);
            for (int i = 0; i < list.length; i++) {
                lists.get(list[i]).add(new int[] {a, i});
            }
        }
        return lists;
    }
}
