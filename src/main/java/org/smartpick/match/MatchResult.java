package org.smartpick.match;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the Match did: the status (a stable matching, or none found within the bound when couples make one
 * impossible or too hard), each applicant's program (a supplemental PGY-1 position under "id#pgy1"), the
 * unmatched applicants, the unfilled positions per program, and whether the independent checker found it stable.
 */
public record MatchResult(
        Status status,
        Map<String, String> assignments,
        List<String> unmatched,
        Map<String, Integer> unfilled,
        boolean stable,
        int proposals) {
    public enum Status {
        STABLE,
        NO_STABLE_MATCHING_FOUND
    }

    public MatchResult {
        assignments = Collections.unmodifiableMap(new TreeMap<>(assignments));
        unmatched = List.copyOf(unmatched);
        unfilled = Collections.unmodifiableMap(new TreeMap<>(unfilled));
    }
}
