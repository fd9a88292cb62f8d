package org.smartpick.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the NRMP Match on an instance: the Roth–Peranson pass; applicants matched to an advanced program then also
 * enter with their supplemental PGY-1 list (repeated until the set of such applicants stops changing); then the
 * unfilled positions of programs that revert move to their designated program and the match runs once more.
 * Finally the result is checked for stability by independent code.
 */
public final class Matcher {
    /** Rounds of the supplemental-list loop before giving up on a fixed point. */
    static final int SUPPLEMENTAL_ROUNDS = 10;

    /** Runs the Match and checks the result's stability independently. */
    public MatchResult run(MatchInstance instance) {
        return run(instance, true);
    }

    /**
     * Runs the Match; without the check ({@code check} false) the status only says whether the run completed and
     * {@code stable} is not verified (false) — for simulations that check a sample instead.
     */
    public MatchResult run(MatchInstance instance, boolean check) {
        Map<String, Integer> capacities = new LinkedHashMap<>();
        instance.programs().forEach(p -> capacities.put(p.id(), p.capacity()));
        Outcome outcome = withSupplemental(instance, capacities);
        if (revert(instance, capacities, outcome)) {
            outcome = withSupplemental(instance, capacities);
        }
        boolean stable = check
                && new StabilityChecker()
                        .problems(instance, capacities, outcome.assignments())
                        .isEmpty();
        MatchResult.Status status = outcome.completed() && (stable || !check)
                ? MatchResult.Status.STABLE
                : MatchResult.Status.NO_STABLE_MATCHING_FOUND;
        return new MatchResult(
                status,
                outcome.assignments(),
                unmatched(instance, outcome.assignments()),
                unfilled(capacities, outcome.assignments()),
                stable,
                (int) Math.min(Integer.MAX_VALUE, outcome.proposals()));
    }

    private record Outcome(Map<String, String> assignments, boolean completed, long proposals) {}

    private Outcome withSupplemental(MatchInstance instance, Map<String, Integer> capacities) {
        Map<String, List<String>> personas = new TreeMap<>();
        Outcome outcome = null;
        long proposals = 0;
        for (int round = 0; round < SUPPLEMENTAL_ROUNDS; round++) {
            IndexedInstance market = new IndexedInstance(instance, capacities, personas);
            RothPeranson run = new RothPeranson(market);
            boolean completed = run.run();
            proposals += run.proposals;
            outcome = new Outcome(assignments(market, run), completed, proposals);
            Map<String, List<String>> next = personas(instance, outcome.assignments());
            if (next.equals(personas)) {
                return outcome;
            }
            personas = next;
        }
        return new Outcome(outcome.assignments(), false, proposals);
    }

    /** Applicants matched to an advanced program who have a supplemental list, as "id#pgy1" personas. */
    private static Map<String, List<String>> personas(MatchInstance instance, Map<String, String> assignments) {
        Map<String, Boolean> advanced = new HashMap<>();
        instance.programs().forEach(p -> advanced.put(p.id(), p.advanced()));
        Map<String, List<String>> out = new TreeMap<>();
        for (MatchInstance.ApplicantEntry a : instance.applicants()) {
            String p = assignments.get(a.id());
            if (p != null
                    && advanced.getOrDefault(p, false)
                    && !a.supplemental().isEmpty()) {
                out.put(a.id() + "#pgy1", a.supplemental());
            }
        }
        return out;
    }

    /** Moves unfilled positions of reverting programs to their targets; true when any moved. */
    private static boolean revert(MatchInstance instance, Map<String, Integer> capacities, Outcome outcome) {
        Map<String, Integer> unfilled = unfilled(capacities, outcome.assignments());
        boolean moved = false;
        for (MatchInstance.ProgramEntry p : instance.programs()) {
            int free = unfilled.getOrDefault(p.id(), 0);
            if (p.revertsTo() != null && free > 0 && capacities.containsKey(p.revertsTo())) {
                capacities.merge(p.id(), -free, Integer::sum);
                capacities.merge(p.revertsTo(), free, Integer::sum);
                moved = true;
            }
        }
        return moved;
    }

    private static Map<String, String> assignments(IndexedInstance market, RothPeranson run) {
        Map<String, String> out = new TreeMap<>();
        for (int a = 0; a < market.agents(); a++) {
            if (run.assigned[a] >= 0) {
                out.put(market.agentIds.get(a), market.programIds.get(run.assigned[a]));
            }
        }
        return out;
    }

    private static List<String> unmatched(MatchInstance instance, Map<String, String> assignments) {
        List<String> out = new ArrayList<>();
        instance.applicants().forEach(a -> {
            if (!assignments.containsKey(a.id())) {
                out.add(a.id());
            }
        });
        instance.couples().forEach(c -> {
            for (String member : List.of(c.first(), c.second())) {
                if (!assignments.containsKey(member)) {
                    out.add(member);
                }
            }
        });
        return out;
    }

    private static Map<String, Integer> unfilled(Map<String, Integer> capacities, Map<String, String> assignments) {
        Map<String, Integer> held = new HashMap<>();
        assignments.values().forEach(p -> held.merge(p, 1, Integer::sum));
        Map<String, Integer> out = new TreeMap<>();
        capacities.forEach((p, cap) -> {
            int free = cap - held.getOrDefault(p, 0);
            if (free > 0) {
                out.put(p, free);
            }
        });
        return out;
    }
}
