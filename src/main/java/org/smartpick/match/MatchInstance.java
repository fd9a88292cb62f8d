package org.smartpick.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A Match to run: programs with quotas and rank lists of applicants, single applicants with rank lists of programs,
 * couples with rank lists of program pairs (null = that member unmatched), supplemental PGY-1 lists for applicants
 * who match an advanced program, and reversion of unfilled positions. Ids are free text, unique per kind.
 */
public record MatchInstance(List<ProgramEntry> programs, List<ApplicantEntry> applicants, List<CoupleEntry> couples) {
    /**
     * @param advanced  a PGY-2 (advanced) program: its applicants also need a PGY-1 position from their
     *                  supplemental list
     * @param revertsTo the program that receives this one's unfilled positions after the main pass (may be null)
     */
    public record ProgramEntry(String id, int capacity, List<String> rank, boolean advanced, String revertsTo) {
        public ProgramEntry {
            if (id == null || id.isBlank() || capacity < 0) {
                throw new IllegalArgumentException("a program needs an id and a capacity ≥ 0");
            }
            rank = List.copyOf(rank);
        }

        public ProgramEntry(String id, int capacity, List<String> rank) {
            this(id, capacity, rank, false, null);
        }
    }

    /** @param supplemental PGY-1 programs, used only if the applicant matches an advanced program */
    public record ApplicantEntry(String id, List<String> rank, List<String> supplemental) {
        public ApplicantEntry {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("an applicant needs an id");
            }
            rank = List.copyOf(rank);
            supplemental = List.copyOf(supplemental);
        }

        public ApplicantEntry(String id, List<String> rank) {
            this(id, rank, List.of());
        }
    }

    /** A couple: two members and their rank list of pairs (a null member program = that member unmatched). */
    public record CoupleEntry(String first, String second, List<String[]> rank) {
        public CoupleEntry {
            if (first == null || second == null || first.equals(second)) {
                throw new IllegalArgumentException("a couple has two different members");
            }
            List<String[]> copy = new ArrayList<>();
            for (String[] pair : rank) {
                if (pair.length != 2 || (pair[0] == null && pair[1] == null)) {
                    throw new IllegalArgumentException("each couple rank is a pair with at least one program");
                }
                copy.add(pair.clone());
            }
            rank = List.copyOf(copy);
        }
    }

    public MatchInstance {
        programs = List.copyOf(programs);
        applicants = List.copyOf(applicants);
        couples = List.copyOf(couples);
        unique("program", programs.stream().map(ProgramEntry::id).toList());
        List<String> people =
                new ArrayList<>(applicants.stream().map(ApplicantEntry::id).toList());
        couples.forEach(c -> {
            people.add(c.first());
            people.add(c.second());
        });
        unique("applicant", people);
    }

    private static void unique(String kind, List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException(kind + " id used twice: " + id);
            }
        }
    }
}
