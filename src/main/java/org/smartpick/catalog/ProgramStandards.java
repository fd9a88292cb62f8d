package org.smartpick.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.season.Candidate;
import org.smartpick.engine.season.Program;

/**
 * Program-level parameters from the published statistics, each relative to the program's specialty in the same
 * catalog (docs/model.md, "Programs from the national catalog"):
 * <ul>
 * <li>competitiveness: the score level of its residents — the midpoint of their Step 1 range, standardised within the
 *     specialty — scaled to the spread of the calibration mix (SD 0.5) and bounded at ±1.5. Applications per
 *     position and the share interviewed are not used: small community programs receive floods of applications
 *     (mostly from IMGs) and interview a small share of them while being open to US graduates, so those figures
 *     rank them as the most selective, against what programs report of their residents;</li>
 * <li>openness to IMGs: half the log-ratio of the program's share of IMG residents to its specialty's mean share
 *     (each plus 2 points, so that a program with none is not −∞), bounded at ±1.5.</li>
 * </ul>
 * A program without the statistics keeps null, and the model falls back on its setting.
 */
final class ProgramStandards {
    static final double SPREAD = 0.5;
    static final double BOUND = 1.5;

    private record Scale(double mean, double sd) {
        double z(double x) {
            return sd > 0 ? (x - mean) / sd : 0;
        }
    }

    private final Map<Specialty, Scale> demand;
    private final Map<Specialty, Double> imgShare;

    private ProgramStandards(Map<Specialty, Scale> demand, Map<Specialty, Double> imgShare) {
        this.demand = demand;
        this.imgShare = imgShare;
    }

    static ProgramStandards of(List<Program> programs) {
        Map<Specialty, List<Double>> demand = new EnumMap<>(Specialty.class);
        Map<Specialty, List<Double>> img = new EnumMap<>(Specialty.class);
        for (Program p : programs) {
            scoreLevel(p)
                    .ifPresent(x -> demand.computeIfAbsent(p.specialty(), k -> new ArrayList<>())
                            .add(x));
            p.stats()
                    .explorer()
                    .residents()
                    .imgShare()
                    .ifPresent(x -> img.computeIfAbsent(p.specialty(), k -> new ArrayList<>())
                            .add(x));
        }
        Map<Specialty, Double> imgMean = new EnumMap<>(Specialty.class);
        img.forEach((s, xs) -> imgMean.put(
                s, xs.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
        return new ProgramStandards(scales(demand), imgMean);
    }

    Candidate apply(Candidate c) {
        Program p = c.program();
        List<Double> zs = new ArrayList<>();
        scoreLevel(p).ifPresent(x -> zs.add(demand.get(p.specialty()).z(x)));
        Double competitiveness = zs.isEmpty()
                ? c.competitiveness()
                : Double.valueOf(bound(SPREAD
                        * zs.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
        Double openness = p.stats().explorer().residents().imgShare().isPresent() && imgShare.containsKey(p.specialty())
                ? Double.valueOf(bound(0.5
                        * Math.log((p.stats().explorer().residents().imgShare().getAsDouble() + 0.02)
                                / (imgShare.get(p.specialty()) + 0.02))))
                : c.imgOpenness();
        return new Candidate(p, c.regions(), competitiveness, c.demand(), c.market(), openness, c.baseline());
    }

    /** The midpoint of the residents' average Step 1 range. */
    private static OptionalDouble scoreLevel(Program p) {
        Integer low = p.stats().explorer().step1().low();
        Integer high = p.stats().explorer().step1().high();
        return low == null || high == null ? OptionalDouble.empty() : OptionalDouble.of((low + high) / 2.0);
    }

    private static Map<Specialty, Scale> scales(Map<Specialty, List<Double>> values) {
        Map<Specialty, Scale> out = new EnumMap<>(Specialty.class);
        values.forEach((s, xs) -> {
            double mean = xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            double var = xs.stream()
                    .mapToDouble(x -> (x - mean) * (x - mean))
                    .average()
                    .orElse(0);
            out.put(s, new Scale(mean, Math.sqrt(var)));
        });
        return out;
    }

    private static double bound(double x) {
        return Math.max(-BOUND, Math.min(BOUND, x));
    }
}
