package org.smartpick.match;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Specialty;

/**
 * What one simulated season produced: match rates by applicant type and by specialty, positions left unfilled, and
 * the interviews and rank-list lengths behind them.
 *
 * @param rankListMatched   mean rank-list length (programs ranked) of matched applicants
 * @param rankListUnmatched the same of unmatched applicants
 * @param couplesBothMatched couples whose two members both matched
 */
public record MarketOutcome(
        MarketPolicy policy,
        long seed,
        MatchResult.Status status,
        int applicants,
        int positions,
        Map<ApplicantType, Tally> byType,
        Map<Specialty, SpecialtyTally> bySpecialty,
        int programsWithUnfilled,
        double interviewsPerApplicant,
        double rankListMatched,
        double rankListUnmatched,
        int couples,
        int couplesBothMatched) {

    /** Applicants of one kind and how many of them matched. */
    public record Tally(int applicants, int matched) {
        public double rate() {
            return applicants == 0 ? 0 : (double) matched / applicants;
        }
    }

    /** One specialty: its programs and positions, how many it filled, and its applicants and how many matched. */
    public record SpecialtyTally(int programs, int positions, int filled, int applicants, int matched) {
        public double fillRate() {
            return positions == 0 ? 0 : (double) filled / positions;
        }

        public double matchRate() {
            return applicants == 0 ? 0 : (double) matched / applicants;
        }
    }

    public MarketOutcome {
        byType = Map.copyOf(byType);
        bySpecialty = Collections.unmodifiableMap(new LinkedHashMap<>(bySpecialty));
    }

    public int matched() {
        return byType.values().stream().mapToInt(Tally::matched).sum();
    }

    public double matchRate() {
        return applicants == 0 ? 0 : (double) matched() / applicants;
    }

    public double fillRate() {
        return positions == 0 ? 0 : (double) matched() / positions;
    }

    public int unfilledPositions() {
        return positions - matched();
    }

    static MarketOutcome tally(
            MarketPopulation pop, InterviewMarket interviews, MatchResult result, MarketPolicy policy, long seed) {
        Map<String, Integer> programIndex = new HashMap<>();
        for (int j = 0; j < pop.programs.size(); j++) {
            programIndex.put(pop.programs.get(j).id(), j);
        }
        int[][] types = new int[ApplicantType.values().length][2];
        int[][] specialties = new int[pop.specialties.size()][5];
        double[] ranks = new double[4];
        int[] placed = new int[pop.programs.size()];
        for (int i = 0; i < pop.applicants(); i++) {
            String program = result.assignments().get(SeasonRankLists.applicantId(i));
            boolean matched = program != null;
            int length = interviews.interviews(i).length;
            types[pop.type[i].ordinal()][0]++;
            specialties[pop.specialty[i]][3]++;
            ranks[matched ? 0 : 2] += length;
            ranks[matched ? 1 : 3]++;
            if (matched) {
                types[pop.type[i].ordinal()][1]++;
                specialties[pop.specialty[i]][4]++;
                placed[programIndex.get(program)]++;
            }
        }
        int unfilledPrograms = 0;
        for (int j = 0; j < placed.length; j++) {
            int[] s = specialties[pop.programSpecialty[j]];
            s[0]++;
            s[1] += pop.capacity[j];
            s[2] += placed[j];
            unfilledPrograms += placed[j] < pop.capacity[j] ? 1 : 0;
        }
        return new MarketOutcome(
                policy,
                seed,
                result.status(),
                pop.applicants(),
                pop.positions(),
                byType(types),
                bySpecialty(pop, specialties),
                unfilledPrograms,
                (ranks[0] + ranks[2]) / pop.applicants(),
                mean(ranks[0], ranks[1]),
                mean(ranks[2], ranks[3]),
                couples(pop),
                bothMatched(pop, result));
    }

    private static Map<ApplicantType, Tally> byType(int[][] types) {
        Map<ApplicantType, Tally> out = new EnumMap<>(ApplicantType.class);
        for (ApplicantType t : ApplicantType.values()) {
            out.put(t, new Tally(types[t.ordinal()][0], types[t.ordinal()][1]));
        }
        return out;
    }

    private static Map<Specialty, SpecialtyTally> bySpecialty(MarketPopulation pop, int[][] s) {
        Map<Specialty, SpecialtyTally> out = new LinkedHashMap<>();
        for (int k = 0; k < s.length; k++) {
            out.put(pop.specialties.get(k), new SpecialtyTally(s[k][0], s[k][1], s[k][2], s[k][3], s[k][4]));
        }
        return out;
    }

    private static double mean(double sum, double count) {
        return count == 0 ? 0 : sum / count;
    }

    private static int couples(MarketPopulation pop) {
        int n = 0;
        for (int i = 0; i < pop.applicants(); i++) {
            n += pop.partner[i] > i ? 1 : 0;
        }
        return n;
    }

    private static int bothMatched(MarketPopulation pop, MatchResult result) {
        int n = 0;
        for (int i = 0; i < pop.applicants(); i++) {
            if (pop.partner[i] > i
                    && result.assignments().containsKey(SeasonRankLists.applicantId(i))
                    && result.assignments().containsKey(SeasonRankLists.applicantId(pop.partner[i]))) {
                n++;
            }
        }
        return n;
    }
}
