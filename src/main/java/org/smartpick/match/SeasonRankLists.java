package org.smartpick.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.smartpick.engine.CensusDivision;
import org.smartpick.engine.UsState;

/**
 * The rank lists at the end of interview season, as a {@link MatchInstance}: applicants rank every program that
 * interviewed them by their own utility; programs rank every interviewee by their match-stage view (the chance
 * model's match-after-interview log-odds plus noise). A couple ranks pairs of its members' interview programs in one
 * Census division, best combined utility first, then each member alone (the other unmatched).
 */
final class SeasonRankLists {
    /** Pairs a couple lists at most, before the one-member fallbacks. */
    static final int COUPLE_PAIRS = 60;

    private SeasonRankLists() {}

    static String applicantId(int i) {
        return "a" + i;
    }

    /**
     * The instance, and beside each program's rank list the score it ranked each applicant by (descending), so that
     * a program's cutoff — the score of the last applicant it matched — can be read after the Match.
     */
    record RankedSeason(MatchInstance instance, List<double[]> scores) {
        /** Each program's cutoff: the lowest score it matched when full, −∞ when it has room left. */
        Map<String, Double> cutoffs(MatchResult result) {
            Map<String, Double> out = new HashMap<>();
            for (int j = 0; j < instance.programs().size(); j++) {
                MatchInstance.ProgramEntry p = instance.programs().get(j);
                double lowest = Double.NEGATIVE_INFINITY;
                int matched = 0;
                for (int k = 0; k < p.rank().size(); k++) {
                    if (p.id().equals(result.assignments().get(p.rank().get(k)))) {
                        matched++;
                        lowest = scores.get(j)[k];
                    }
                }
                out.put(p.id(), matched >= p.capacity() ? lowest : Double.NEGATIVE_INFINITY);
            }
            return out;
        }
    }

    static RankedSeason rank(
            MarketPopulation pop, Applications apps, InterviewMarket interviews, RandomGenerator random) {
        int n = pop.applicants();
        String[] applicantIds = new String[n];
        int[][] mine = new int[n][];
        int[] interviewed = new int[pop.programs.size()];
        for (int i = 0; i < n; i++) {
            applicantIds[i] = applicantId(i);
            mine[i] = byUtility(apps, interviews.interviews(i));
            for (int a : mine[i]) {
                interviewed[apps.program[a]]++;
            }
        }
        // each program's interviewees and the scores it ranks them by, drawn in applicant order as the seed fixes
        int[][] who = new int[interviewed.length][];
        double[][] score = new double[interviewed.length][];
        for (int j = 0; j < who.length; j++) {
            who[j] = new int[interviewed[j]];
            score[j] = new double[interviewed[j]];
        }
        Arrays.fill(interviewed, 0);
        List<MatchInstance.ApplicantEntry> singles = new ArrayList<>();
        List<MatchInstance.CoupleEntry> couples = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int a : mine[i]) {
                int j = apps.program[a];
                who[j][interviewed[j]] = i;
                score[j][interviewed[j]++] = apps.rankingScore(a, random);
            }
            if (pop.partner[i] < 0) {
                singles.add(new MatchInstance.ApplicantEntry(applicantIds[i], programIds(pop, apps, mine[i])));
            } else if (i < pop.partner[i]) {
                couples.add(couple(pop, apps, i, mine[i], mine[pop.partner[i]]));
            }
        }
        return programsRank(pop, applicantIds, who, score, singles, couples);
    }

    private static RankedSeason programsRank(
            MarketPopulation pop,
            String[] applicantIds,
            int[][] who,
            double[][] score,
            List<MatchInstance.ApplicantEntry> singles,
            List<MatchInstance.CoupleEntry> couples) {
        List<MatchInstance.ProgramEntry> programs = new ArrayList<>();
        List<double[]> scores = new ArrayList<>();
        for (int j = 0; j < who.length; j++) {
            int[] slots = IntStream.range(0, who[j].length).toArray();
            int[] order = Descending.order(slots, score[j], slots.length);
            List<String> rank = new ArrayList<>(order.length);
            double[] sorted = new double[order.length];
            for (int k = 0; k < order.length; k++) {
                rank.add(applicantIds[who[j][order[k]]]);
                sorted[k] = score[j][order[k]];
            }
            programs.add(new MatchInstance.ProgramEntry(pop.programs.get(j).id(), pop.capacity[j], rank));
            scores.add(sorted);
        }
        return new RankedSeason(new MatchInstance(programs, singles, couples), scores);
    }

    private static int[] byUtility(Applications apps, int[] interviews) {
        double[] utilities = new double[interviews.length];
        for (int k = 0; k < interviews.length; k++) {
            utilities[k] = apps.utility[interviews[k]];
        }
        return Descending.order(interviews, utilities, interviews.length);
    }

    private static List<String> programIds(MarketPopulation pop, Applications apps, int[] applications) {
        List<String> out = new ArrayList<>(applications.length);
        for (int a : applications) {
            out.add(pop.programs.get(apps.program[a]).id());
        }
        return out;
    }

    private static MatchInstance.CoupleEntry couple(
            MarketPopulation pop, Applications apps, int first, int[] mine, int[] theirs) {
        List<double[]> pairs = new ArrayList<>();
        for (int a : mine) {
            for (int b : theirs) {
                if (apps.program[a] != apps.program[b] && sameDivision(pop, apps.program[a], apps.program[b])) {
                    pairs.add(new double[] {a, b, apps.utility[a] + apps.utility[b]});
                }
            }
        }
        pairs.sort(Comparator.comparingDouble((double[] p) -> -p[2]));
        List<String[]> rank = new ArrayList<>();
        for (double[] p : pairs.subList(0, Math.min(COUPLE_PAIRS, pairs.size()))) {
            rank.add(new String[] {id(pop, apps, (int) p[0]), id(pop, apps, (int) p[1])});
        }
        for (int k = 0; k < Math.max(mine.length, theirs.length); k++) {
            if (k < mine.length) {
                rank.add(new String[] {id(pop, apps, mine[k]), null});
            }
            if (k < theirs.length) {
                rank.add(new String[] {null, id(pop, apps, theirs[k])});
            }
        }
        return new MatchInstance.CoupleEntry(applicantId(first), applicantId(pop.partner[first]), rank);
    }

    private static String id(MarketPopulation pop, Applications apps, int application) {
        return pop.programs.get(apps.program[application]).id();
    }

    private static boolean sameDivision(MarketPopulation pop, int p, int q) {
        UsState a = pop.programs.get(p).state();
        UsState b = pop.programs.get(q).state();
        CensusDivision d = a.division().orElse(null);
        return a == b || (d != null && d == b.division().orElse(null));
    }
}
