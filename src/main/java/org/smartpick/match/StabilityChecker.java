package org.smartpick.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks a matching independently of how it was made: quotas respected, every assignment mutually acceptable, and
 * no blocking pair — no single applicant and program that both prefer each other to what they have, and no couple
 * and pair of programs that would take both members and that the couple ranks above its assignment.
 */
final class StabilityChecker {
    /** The problems found; empty means stable. */
    private final Map<String, Map<String, Integer>> ranks = new HashMap<>();

    public List<String> problems(
            MatchInstance instance, Map<String, Integer> capacities, Map<String, String> assignments) {
        ranks.clear();
        for (MatchInstance.ProgramEntry p : instance.programs()) {
            Map<String, Integer> r = new HashMap<>();
            for (int i = 0; i < p.rank().size(); i++) {
                r.putIfAbsent(p.rank().get(i), i);
            }
            ranks.put(p.id(), r);
        }
        List<String> out = new ArrayList<>();
        Map<String, List<String>> byProgram = new HashMap<>();
        assignments.forEach(
                (a, p) -> byProgram.computeIfAbsent(p, k -> new ArrayList<>()).add(a));
        Map<String, MatchInstance.ProgramEntry> programs = new HashMap<>();
        instance.programs().forEach(p -> programs.put(p.id(), p));
        byProgram.forEach((p, list) -> {
            if (list.size() > capacities.getOrDefault(p, 0)) {
                out.add(p + " holds " + list.size() + ", more than its quota " + capacities.get(p));
            }
        });
        for (MatchInstance.ApplicantEntry a : instance.applicants()) {
            single(a.id(), a.id(), a.rank(), assignments.get(a.id()), programs, capacities, byProgram, out);
            if (assignments.containsKey(a.id() + "#pgy1")) {
                single(
                        a.id() + "#pgy1",
                        a.id(),
                        a.supplemental(),
                        assignments.get(a.id() + "#pgy1"),
                        programs,
                        capacities,
                        byProgram,
                        out);
            }
        }
        for (MatchInstance.CoupleEntry c : instance.couples()) {
            couple(c, assignments, programs, capacities, byProgram, out);
        }
        return out;
    }

    private void single(
            String agent,
            String rankedAs,
            List<String> rank,
            String match,
            Map<String, MatchInstance.ProgramEntry> programs,
            Map<String, Integer> capacities,
            Map<String, List<String>> byProgram,
            List<String> out) {
        int current = match == null ? rank.size() : rank.indexOf(match);
        if (match != null && (current < 0 || rankOf(programs.get(match), rankedAs) < 0)) {
            out.add(agent + " holds " + match + " without mutual ranking");
            return;
        }
        for (int i = 0; i < current; i++) {
            String p = rank.get(i);
            if (wouldTake(programs.get(p), capacities, byProgram, List.of(rankedAs), List.of())) {
                out.add(agent + " and " + p + " block: both prefer each other");
                return;
            }
        }
    }

    private void couple(
            MatchInstance.CoupleEntry c,
            Map<String, String> assignments,
            Map<String, MatchInstance.ProgramEntry> programs,
            Map<String, Integer> capacities,
            Map<String, List<String>> byProgram,
            List<String> out) {
        String p1 = assignments.get(c.first());
        String p2 = assignments.get(c.second());
        int current = c.rank().size();
        // the first listing of the pair held counts: a pair listed twice is not preferred to itself
        for (int i = 0; i < c.rank().size() && current == c.rank().size(); i++) {
            if (Objects.equals(c.rank().get(i)[0], p1)
                    && Objects.equals(c.rank().get(i)[1], p2)) {
                current = i;
            }
        }
        if ((p1 != null || p2 != null) && current == c.rank().size()) {
            out.add("couple " + c.first() + "/" + c.second() + " holds a pair it did not rank");
            return;
        }
        List<String> own = List.of(c.first(), c.second());
        for (int i = 0; i < current; i++) {
            String[] pair = c.rank().get(i);
            boolean both = pair[0] != null && pair[0].equals(pair[1]);
            boolean ok = both
                    ? wouldTake(programs.get(pair[0]), capacities, byProgram, own, own)
                    : (pair[0] == null
                                    || wouldTake(programs.get(pair[0]), capacities, byProgram, List.of(c.first()), own))
                            && (pair[1] == null
                                    || wouldTake(
                                            programs.get(pair[1]), capacities, byProgram, List.of(c.second()), own));
            if (ok) {
                out.add("couple " + c.first() + "/" + c.second() + " and " + pair[0] + "/" + pair[1] + " block");
                return;
            }
        }
    }

    /** Whether program p would take all the newcomers (ranked by p), ignoring the couple's own held places. */
    private boolean wouldTake(
            MatchInstance.ProgramEntry p,
            Map<String, Integer> capacities,
            Map<String, List<String>> byProgram,
            List<String> newcomers,
            List<String> ignore) {
        if (p == null) {
            return false;
        }
        List<Integer> heldRanks = new ArrayList<>();
        for (String a : byProgram.getOrDefault(p.id(), List.of())) {
            String person = a.endsWith("#pgy1") ? a.substring(0, a.length() - 5) : a;
            if (!ignore.contains(a) && !newcomers.contains(a)) {
                heldRanks.add(rankOf(p, person));
            }
        }
        int free = capacities.getOrDefault(p.id(), 0) - heldRanks.size();
        heldRanks.sort(Comparator.reverseOrder());
        int displaced = 0;
        List<String> worstFirst = new ArrayList<>(newcomers);
        worstFirst.sort(Comparator.comparingInt((String n) -> rankOf(p, n)).reversed());
        for (String n : worstFirst) {
            int r = rankOf(p, n);
            if (r < 0) {
                return false;
            }
            if (free > 0) {
                free--;
            } else if (displaced < heldRanks.size() && heldRanks.get(displaced) > r) {
                displaced++;
            } else {
                return false;
            }
        }
        return true;
    }

    private int rankOf(MatchInstance.ProgramEntry p, String applicant) {
        return p == null ? -1 : ranks.get(p.id()).getOrDefault(applicant, -1);
    }
}
