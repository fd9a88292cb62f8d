package org.smartpick.engine.chance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.smartpick.engine.ProgramSetting;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.season.Program;
import org.smartpick.engine.season.ProgramStats;

/**
 * What the program-level model knows of a program: the figures a national catalog really has, each relative to
 * the program's specialty in the same catalog, so that a coefficient means the same in every specialty. A program
 * without statistics is an average program of its setting (every relative figure 0); one listed by ERAS without
 * Residency Explorer figures (mostly programs newer than the export) is flagged as such.
 */
public final class ProgramFeatures {
    /** The features' names, in vector order (the coefficient file uses them). */
    public static final List<String> NAMES = List.of(
            "logitInterviewed",
            "shareUsMd",
            "shareUsDo",
            "shareUsImg",
            "shareNonUsImg",
            "logApplicationsPerPosition",
            "step1",
            "logPositions",
            "university",
            "community",
            "military",
            "initialAccreditation",
            "sponsorsJ1",
            "noJ1",
            "listedWithoutStatistics",
            "sponsorsH1b",
            "noH1b",
            "imgShare",
            "newEngland",
            "middleAtlantic",
            "eastNorthCentral",
            "westNorthCentral",
            "southAtlantic",
            "eastSouthCentral",
            "westSouthCentral",
            "mountain",
            "residentMixUnknown",
            "research",
            "publications",
            "aoa",
            "siblingsUsMd",
            "siblingsUsDo",
            "siblingsUsImg",
            "siblingsNonUsImg",
            "siblingsPublished");

    private final Map<Specialty, double[]> means;
    private final Map<Specialty, double[]> sds;
    private final SiblingRates siblings;

    private ProgramFeatures(Map<Specialty, double[]> means, Map<Specialty, double[]> sds, SiblingRates siblings) {
        this.means = means;
        this.sds = sds;
        this.siblings = siblings;
    }

    /** The specialty scales of a catalog's programs. */
    public static ProgramFeatures of(List<Program> programs) {
        Map<Specialty, List<double[]>> raw = new EnumMap<>(Specialty.class);
        for (Program p : programs) {
            raw.computeIfAbsent(p.specialty(), k -> new ArrayList<>()).add(raw(p.stats()));
        }
        Map<Specialty, double[]> means = new EnumMap<>(Specialty.class);
        Map<Specialty, double[]> sds = new EnumMap<>(Specialty.class);
        raw.forEach((s, rows) -> {
            double[] mean = new double[RAW];
            double[] sd = new double[RAW];
            for (int f = 0; f < RAW; f++) {
                double sum = 0;
                double sq = 0;
                int n = 0;
                for (double[] r : rows) {
                    if (!Double.isNaN(r[f])) {
                        sum += r[f];
                        sq += r[f] * r[f];
                        n++;
                    }
                }
                mean[f] = n == 0 ? 0 : sum / n;
                sd[f] = n < 2 ? 0 : Math.sqrt(Math.max(0, sq / n - mean[f] * mean[f]));
            }
            means.put(s, mean);
            sds.put(s, sd);
        });
        return new ProgramFeatures(means, sds, SiblingRates.of(programs));
    }

    private static final int RAW = 10;

    /** logit % interviewed, ln share of each type + 2 points, ln applications per position, Step 1 midpoint. */
    private static double[] raw(ProgramStats s) {
        return new double[] {
            s.explorer().percentInterviewed() == null
                    ? Double.NaN
                    : logit(s.explorer().percentInterviewed() / 100),
            logShare(s.explorer().residents().usMd()),
            logShare(s.explorer().residents().usDo()),
            logShare(s.explorer().residents().usImg()),
            logShare(s.explorer().residents().nonUsImg()),
            s.explorer().applicationsPerPosition().orElse(0) > 0
                    ? Math.log(s.explorer().applicationsPerPosition().getAsDouble())
                    : Double.NaN,
            s.explorer().step1().low() == null || s.explorer().step1().high() == null
                    ? Double.NaN
                    : (s.explorer().step1().low() + s.explorer().step1().high()) / 2.0,
            s.explorer().matched().researchAverage() == null
                    ? Double.NaN
                    : Math.log1p(s.explorer().matched().researchAverage()),
            s.explorer().matched().publicationsAverage() == null
                    ? Double.NaN
                    : Math.log1p(s.explorer().matched().publicationsAverage()),
            s.explorer().matched().aoaPercent() == null
                    ? Double.NaN
                    : s.explorer().matched().aoaPercent() / 100
        };
    }

    /** The program's feature vector (see {@link #NAMES}). */
    public double[] of(Program p) {
        double[] raw = raw(p.stats());
        double[] mean = means.getOrDefault(p.specialty(), new double[RAW]);
        double[] sd = sds.getOrDefault(p.specialty(), new double[RAW]);
        double[] x = new double[NAMES.size()];
        for (int f = 0; f < 7; f++) {
            double centred = Double.isNaN(raw[f]) ? 0 : raw[f] - mean[f];
            // Step 1 levels are standardised: their spread differs between specialties far more than the others'.
            x[f] = f == 6 ? (sd[f] > 0 ? centred / sd[f] : 0) : centred;
        }
        for (int f = 7; f < RAW; f++) {
            x[27 + f - 7] = Double.isNaN(raw[f]) ? 0 : raw[f] - mean[f];
        }
        System.arraycopy(siblings.of(p), 0, x, 30, SiblingRates.SIZE);
        Integer positions = p.pgy1Positions() != null
                ? p.pgy1Positions()
                : p.stats().explorer().positionsOffered();
        x[7] = positions == null || positions <= 0 ? 0 : Math.log(positions / 8.0);
        ProgramSetting setting = p.setting();
        x[8] = setting == ProgramSetting.UNIVERSITY ? 1 : 0;
        x[9] = setting == ProgramSetting.COMMUNITY || setting == ProgramSetting.COUNTY ? 1 : 0;
        x[10] = setting == ProgramSetting.VA_MILITARY ? 1 : 0;
        x[11] = p.stats().explorer().isNew().orElse(false) ? 1 : 0;
        x[12] = Boolean.TRUE.equals(p.policy().sponsorsJ1()) ? 1 : 0;
        x[13] = Boolean.FALSE.equals(p.policy().sponsorsJ1()) ? 1 : 0;
        x[14] = p.stats().erasStatus() != null && p.stats().explorer().percentInterviewed() == null ? 1 : 0;
        x[15] = Boolean.TRUE.equals(p.policy().sponsorsH1b()) ? 1 : 0;
        x[16] = Boolean.FALSE.equals(p.policy().sponsorsH1b()) ? 1 : 0;
        // International graduates' share of residents as log-odds (shares near 0 and near 100 % both matter).
        x[17] = p.stats().explorer().residents().imgShare().isPresent()
                ? logit(0.01
                        + 0.98 * p.stats().explorer().residents().imgShare().getAsDouble())
                : 0;
        // The Census division (Pacific is the reference): regional markets differ in who applies where.
        p.state().division().filter(d -> d.ordinal() < 8).ifPresent(d -> x[18 + d.ordinal()] = 1);
        x[26] = p.stats().explorer().percentInterviewed() != null
                        && p.stats().explorer().residents().imgShare().isEmpty()
                ? 1
                : 0;
        return x;
    }

    /** The features a program without any statistics has: its setting and its division (the rest zeroed). */
    public static double[] settingOnly(double[] x) {
        double[] out = new double[x.length];
        for (int k : SETTING_AND_PLACE) {
            out[k] = x[k];
        }
        return out;
    }

    private static final int[] SETTING_AND_PLACE = {8, 9, 10, 18, 19, 20, 21, 22, 23, 24, 25};

    public static double logit(double p) {
        double q = Math.min(0.9975, Math.max(0.0025, p));
        return Math.log(q / (1 - q));
    }

    private static double logShare(Double percent) {
        return percent == null ? Double.NaN : Math.log(percent + 2);
    }
}
