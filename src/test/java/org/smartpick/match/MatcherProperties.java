package org.smartpick.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Random instances: stability always for singles, the applicant-optimal matching, and honest status with couples. */
class MatcherProperties {
    private final Matcher matcher = new Matcher();

    @Property(tries = 300)
    void singlesAlwaysGetAStableMatchingEqualToTextbookDeferredAcceptance(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int n) {
        MatchInstance instance = Instances.random(new Random(seed), n, 1 + n / 2, 0);
        MatchResult r = matcher.run(instance);
        assertThat(r.status()).isEqualTo(MatchResult.Status.STABLE);
        assertThat(r.assignments()).isEqualTo(textbook(instance));
    }

    @Property(tries = 200)
    void forSinglesNoStableMatchingIsBetterForAnyApplicant(@ForAll long seed) {
        MatchInstance instance = Instances.random(new Random(seed), 4, 3, 0);
        Map<String, String> found = matcher.run(instance).assignments();
        Map<String, Integer> capacities = capacities(instance);
        for (Map<String, String> other : allMatchings(instance)) {
            if (new StabilityChecker().problems(instance, capacities, other).isEmpty()) {
                for (MatchInstance.ApplicantEntry a : instance.applicants()) {
                    assertThat(position(a, found.get(a.id()))).isLessThanOrEqualTo(position(a, other.get(a.id())));
                }
            }
        }
    }

    @Property(tries = 300)
    void withCouplesAStableStatusIsAlwaysTrue(
            @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 8) int n,
            @ForAll @IntRange(min = 1, max = 3) int couples) {
        MatchInstance instance = Instances.random(new Random(seed), n, 2 + n / 2, couples);
        MatchResult r = matcher.run(instance);
        if (r.status() == MatchResult.Status.STABLE) {
            assertThat(new StabilityChecker().problems(instance, capacities(instance), r.assignments()))
                    .isEmpty();
        }
        r.assignments().values().forEach(p -> assertThat(capacities(instance)).containsKey(p));
    }

    /** Applicant-proposing deferred acceptance in rounds, written independently of the matcher. */
    static Map<String, String> textbook(MatchInstance instance) {
        Map<String, Integer> next = new HashMap<>();
        Map<String, List<String>> held = new HashMap<>();
        Map<String, MatchInstance.ProgramEntry> programs = new HashMap<>();
        instance.programs().forEach(p -> programs.put(p.id(), p));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (MatchInstance.ApplicantEntry a : instance.applicants()) {
                boolean isHeld = held.values().stream().anyMatch(l -> l.contains(a.id()));
                int i = next.getOrDefault(a.id(), 0);
                if (isHeld || i >= a.rank().size()) {
                    continue;
                }
                next.put(a.id(), i + 1);
                changed = true;
                MatchInstance.ProgramEntry p = programs.get(a.rank().get(i));
                if (p == null || !p.rank().contains(a.id())) {
                    continue;
                }
                List<String> list = held.computeIfAbsent(p.id(), k -> new ArrayList<>());
                list.add(a.id());
                list.sort(Comparator.comparingInt(p.rank()::indexOf));
                if (list.size() > p.capacity()) {
                    list.remove(list.size() - 1);
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        held.forEach((p, list) -> list.forEach(a -> out.put(a, p)));
        return out;
    }

    private static List<Map<String, String>> allMatchings(MatchInstance instance) {
        List<Map<String, String>> out = new ArrayList<>();
        enumerate(instance, 0, new HashMap<>(), out);
        return out;
    }

    private static void enumerate(
            MatchInstance instance, int i, Map<String, String> current, List<Map<String, String>> out) {
        if (i == instance.applicants().size()) {
            out.add(new HashMap<>(current));
            return;
        }
        MatchInstance.ApplicantEntry a = instance.applicants().get(i);
        enumerate(instance, i + 1, current, out);
        for (String p : a.rank()) {
            current.put(a.id(), p);
            enumerate(instance, i + 1, current, out);
            current.remove(a.id());
        }
    }

    private static Map<String, Integer> capacities(MatchInstance instance) {
        Map<String, Integer> out = new HashMap<>();
        instance.programs().forEach(p -> out.put(p.id(), p.capacity()));
        return out;
    }

    private static int position(MatchInstance.ApplicantEntry a, String program) {
        return program == null ? a.rank().size() : a.rank().indexOf(program);
    }
}
