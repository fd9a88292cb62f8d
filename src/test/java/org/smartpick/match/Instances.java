package org.smartpick.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** One-line builders of Match instances, and random ones, for tests. */
final class Instances {
    private Instances() {}

    static MatchInstance.ApplicantEntry applicant(String id, String... rank) {
        return new MatchInstance.ApplicantEntry(id, Arrays.asList(rank));
    }

    static MatchInstance.ProgramEntry program(String id, int capacity, String... rank) {
        return new MatchInstance.ProgramEntry(id, capacity, Arrays.asList(rank));
    }

    /** The NRMP's worked example (facts.md §7). */
    static MatchInstance nrmpExample() {
        return new MatchInstance(
                List.of(
                        program("Mercy", 2, "Chen", "Garcia"),
                        program("City", 2, "Garcia", "Hassan", "Eastman", "Anderson", "Brown", "Chen", "Davis", "Ford"),
                        program("General", 2, "Brown", "Eastman", "Hassan", "Anderson", "Chen", "Davis", "Garcia"),
                        program(
                                "State",
                                2,
                                "Brown",
                                "Eastman",
                                "Anderson",
                                "Chen",
                                "Hassan",
                                "Ford",
                                "Davis",
                                "Garcia")),
                List.of(
                        applicant("Anderson", "City"),
                        applicant("Brown", "City", "Mercy"),
                        applicant("Chen", "City", "Mercy"),
                        applicant("Davis", "Mercy", "City", "General", "State"),
                        applicant("Eastman", "City", "Mercy", "State", "General"),
                        applicant("Ford", "City", "General", "Mercy", "State"),
                        applicant("Garcia", "City", "Mercy", "State", "General"),
                        applicant("Hassan", "State", "City", "Mercy", "General")),
                List.of());
    }

    /** Random singles (and, when {@code couples} > 0, couples over the same programs). */
    static MatchInstance random(Random r, int applicants, int programs, int couples) {
        List<String> people = new ArrayList<>();
        for (int a = 0; a < applicants + 2 * couples; a++) {
            people.add("a" + a);
        }
        List<String> ids = new ArrayList<>();
        for (int p = 0; p < programs; p++) {
            ids.add("p" + p);
        }
        List<MatchInstance.ProgramEntry> ps = new ArrayList<>();
        for (String p : ids) {
            List<String> rank = new ArrayList<>(people);
            Collections.shuffle(rank, r);
            ps.add(new MatchInstance.ProgramEntry(p, 1 + r.nextInt(2), rank.subList(0, 1 + r.nextInt(rank.size()))));
        }
        List<MatchInstance.ApplicantEntry> as = new ArrayList<>();
        for (int a = 0; a < applicants; a++) {
            List<String> rank = new ArrayList<>(ids);
            Collections.shuffle(rank, r);
            as.add(new MatchInstance.ApplicantEntry(people.get(a), rank.subList(0, 1 + r.nextInt(rank.size()))));
        }
        List<MatchInstance.CoupleEntry> cs = new ArrayList<>();
        for (int c = 0; c < couples; c++) {
            List<String[]> pairs = new ArrayList<>();
            for (int k = 0; k < 1 + r.nextInt(5); k++) {
                pairs.add(new String[] {
                    ids.get(r.nextInt(programs)), r.nextInt(6) == 0 ? null : ids.get(r.nextInt(programs))
                });
            }
            cs.add(new MatchInstance.CoupleEntry(
                    people.get(applicants + 2 * c), people.get(applicants + 2 * c + 1), pairs));
        }
        return new MatchInstance(ps, as, cs);
    }
}
