package org.smartpick.engine.chance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.season.InterviewRates;
import org.smartpick.engine.season.Program;

/**
 * What the same institution's programs in other specialties published: for each applicant type, the mean of their
 * rates' log-odds relative to their own specialty's mean. An institution that interviews many international
 * graduates in Internal Medicine tends to in Family Medicine too, so a program without rates of its own still has
 * its siblings' (ACGME names a program after its sponsor, so siblings share the name and the state). A program's
 * own rates never enter its own figure.
 */
final class SiblingRates {
    static final int SIZE = ApplicantType.values().length + 1;

    private record Published(Specialty specialty, InterviewRates rates) {}

    private final Map<String, List<Published>> byInstitution;
    private final Map<Specialty, double[]> specialtyMeans;

    private SiblingRates(Map<String, List<Published>> byInstitution, Map<Specialty, double[]> specialtyMeans) {
        this.byInstitution = byInstitution;
        this.specialtyMeans = specialtyMeans;
    }

    static SiblingRates of(List<Program> programs) {
        Map<String, List<Published>> byInstitution = new HashMap<>();
        Map<Specialty, double[]> sums = new EnumMap<>(Specialty.class);
        for (Program p : programs) {
            InterviewRates r = p.stats().interviewRates();
            if (r == null) {
                continue;
            }
            byInstitution.computeIfAbsent(key(p), k -> new ArrayList<>()).add(new Published(p.specialty(), r));
            double[] s = sums.computeIfAbsent(p.specialty(), k -> new double[2 * SIZE]);
            for (ApplicantType t : ApplicantType.values()) {
                if (r.of(t).isPresent()) {
                    s[t.ordinal()] += ProgramFeatures.logit(r.of(t).getAsDouble());
                    s[SIZE + t.ordinal()]++;
                }
            }
        }
        Map<Specialty, double[]> means = new EnumMap<>(Specialty.class);
        sums.forEach((s, v) -> {
            double[] m = new double[SIZE];
            for (int t = 0; t < SIZE - 1; t++) {
                m[t] = v[SIZE + t] == 0 ? 0 : v[t] / v[SIZE + t];
            }
            means.put(s, m);
        });
        return new SiblingRates(byInstitution, means);
    }

    /** {per type: siblings' mean relative log-odds (0 when none)} followed by 1 when any sibling published rates. */
    double[] of(Program p) {
        double[] out = new double[SIZE];
        List<Published> siblings = byInstitution.getOrDefault(key(p), List.of());
        boolean any = false;
        for (ApplicantType t : ApplicantType.values()) {
            double sum = 0;
            int n = 0;
            for (Published s : siblings) {
                if (s.specialty() != p.specialty() && s.rates().of(t).isPresent()) {
                    sum += ProgramFeatures.logit(s.rates().of(t).getAsDouble())
                            - specialtyMeans.get(s.specialty())[t.ordinal()];
                    n++;
                }
            }
            out[t.ordinal()] = n == 0 ? 0 : sum / n;
            any |= n > 0;
        }
        out[SIZE - 1] = any ? 1 : 0;
        return out;
    }

    private static String key(Program p) {
        return p.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "") + "/"
                + p.state().name();
    }
}
