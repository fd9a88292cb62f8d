package org.smartpick.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;
import org.smartpick.engine.chance.ModelParameters;
import org.smartpick.engine.season.Candidate;
import org.smartpick.engine.season.Program;

/**
 * The people and places of one synthetic season, drawn once from a seed: programs (from the catalog) with their
 * desirability to applicants, and applicants with a type, a Step 2 CK, an unobserved strength, a specialty, a home
 * state and possibly a partner. Applicants choose specialties in proportion to the given demand (published applicants
 * per specialty) or else to positions, and have home states in proportion to each state's positions (graduates
 * mostly train near where they studied; docs/model.md).
 */
final class MarketPopulation {
    final List<Program> programs;
    final List<Candidate> candidates;
    final int[] capacity;
    final double[] desirability;
    final List<Specialty> specialties;
    final int[] programSpecialty;
    final List<int[]> programsOf = new ArrayList<>();
    final ApplicantType[] type;
    final double[] step2;
    final double[] strength;
    final int[] specialty;
    final UsState[] home;
    final int[] partner;

    private MarketPopulation(
            List<Candidate> candidates, int applicants, double prestigeSd, ModelParameters m, RandomGenerator random) {
        this.candidates = List.copyOf(candidates);
        this.programs = candidates.stream().map(Candidate::program).toList();
        capacity = new int[programs.size()];
        desirability = new double[programs.size()];
        Map<Specialty, List<Integer>> bySpecialty = new LinkedHashMap<>();
        for (int j = 0; j < programs.size(); j++) {
            Program p = programs.get(j);
            Candidate c = candidates.get(j);
            capacity[j] = p.pgy1Positions();
            double competitiveness =
                    c.competitiveness() != null ? c.competitiveness() : m.settingCompetitiveness(p.setting());
            desirability[j] = competitiveness + c.demand() + prestigeSd * random.nextGaussian();
            bySpecialty.computeIfAbsent(p.specialty(), s -> new ArrayList<>()).add(j);
        }
        specialties = List.copyOf(bySpecialty.keySet());
        programSpecialty = new int[programs.size()];
        for (int s = 0; s < specialties.size(); s++) {
            int[] members = bySpecialty.get(specialties.get(s)).stream()
                    .mapToInt(Integer::intValue)
                    .toArray();
            programsOf.add(members);
            for (int j : members) {
                programSpecialty[j] = s;
            }
        }
        type = new ApplicantType[applicants];
        step2 = new double[applicants];
        strength = new double[applicants];
        specialty = new int[applicants];
        home = new UsState[applicants];
        partner = new int[applicants];
    }

    /** Programs without a known number of PGY-1 positions (or with none) take no part. */
    static MarketPopulation draw(
            List<Candidate> catalog,
            int applicants,
            Map<Specialty, Double> demand,
            MarketFigures figures,
            ModelParameters m,
            RandomGenerator random) {
        List<Candidate> programs =
                catalog.stream().filter(MarketPopulation::takesPart).toList();
        if (programs.isEmpty()) {
            throw new IllegalArgumentException("the catalog has no program with a known number of PGY-1 positions");
        }
        MarketPopulation market =
                new MarketPopulation(programs, applicants, figures.prestigeSd().value(), m, random);
        market.drawApplicants(figures, demand, random);
        market.pairCouples(figures.coupleShare().value(), random);
        return market;
    }

    static boolean takesPart(Candidate c) {
        return c.program().pgy1Positions() != null && c.program().pgy1Positions() > 0;
    }

    int applicants() {
        return type.length;
    }

    int positions() {
        int total = 0;
        for (int c : capacity) {
            total += c;
        }
        return total;
    }

    private void drawApplicants(MarketFigures figures, Map<Specialty, Double> demand, RandomGenerator random) {
        Categorical<ApplicantType> types = new Categorical<>(figures.shares());
        Map<Integer, Double> specialtyWeights = new LinkedHashMap<>();
        Map<UsState, Double> stateWeights = new EnumMap<>(UsState.class);
        for (int j = 0; j < programs.size(); j++) {
            specialtyWeights.merge(programSpecialty[j], (double) capacity[j], Double::sum);
        }
        if (!demand.isEmpty()) {
            specialtyWeights.replaceAll((s, positions) -> demand.getOrDefault(specialties.get(s), 0.0));
        }
        for (int j = 0; j < programs.size(); j++) {
            stateWeights.merge(programs.get(j).state(), (double) capacity[j], Double::sum);
        }
        Categorical<Integer> chosen = new Categorical<>(specialtyWeights);
        Categorical<UsState> states = new Categorical<>(stateWeights);
        for (int i = 0; i < type.length; i++) {
            type[i] = types.draw(random);
            MarketFigures.TypeFigures f = figures.type(type[i]);
            step2[i] = Math.max(
                    194, Math.min(300, f.step2Mean().value() + f.step2Sd().value() * random.nextGaussian()));
            strength[i] = random.nextGaussian();
            specialty[i] = chosen.draw(random);
            // a non-US IMG has no US home state
            home[i] = type[i] == ApplicantType.NON_US_IMG ? null : states.draw(random);
            partner[i] = -1;
        }
    }

    /** Pairs random applicants into couples; partners share a home state. */
    private void pairCouples(double share, RandomGenerator random) {
        int couples = (int) Math.round(type.length * share / 2);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < type.length; i++) {
            order.add(i);
        }
        shuffle(order, random);
        for (int c = 0; c < couples; c++) {
            int a = order.get(2 * c);
            int b = order.get(2 * c + 1);
            partner[a] = b;
            partner[b] = a;
            if (home[a] != null) {
                home[b] = home[a];
            } else {
                home[a] = home[b];
            }
        }
    }

    /** Draws keys in proportion to their weights (a cumulative table and a binary search). */
    private static final class Categorical<K> {
        private final List<K> keys = new ArrayList<>();
        private final double[] cumulative;

        Categorical(Map<K, Double> weights) {
            cumulative = new double[weights.size()];
            double total = 0;
            for (Map.Entry<K, Double> e : weights.entrySet()) {
                total += e.getValue();
                cumulative[keys.size()] = total;
                keys.add(e.getKey());
            }
        }

        K draw(RandomGenerator random) {
            double u = random.nextDouble() * cumulative[cumulative.length - 1];
            int i = Arrays.binarySearch(cumulative, u);
            int index = i >= 0 ? i + 1 : -i - 1;
            return keys.get(Math.min(index, keys.size() - 1));
        }
    }

    /** Fisher–Yates with the season's generator: {@code Collections.shuffle} takes only {@code java.util.Random}. */
    private static <T> void shuffle(List<T> list, RandomGenerator random) {
        for (int k = list.size() - 1; k > 0; k--) {
            Collections.swap(list, k, random.nextInt(k + 1));
        }
    }
}
