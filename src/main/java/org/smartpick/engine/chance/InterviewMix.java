package org.smartpick.engine.chance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.season.ProgramBaseline;
import org.smartpick.engine.season.SpecialtyEvidence;

/**
 * The calibration's typical programs under model v2 without a catalog at hand (docs/model.md, "Model v2: the match
 * stage"): for each specialty the model covers, programs whose baselines lie at the fitted catalog's quantiles (the
 * same quantile for every applicant type).
 */
public final class InterviewMix {
    private InterviewMix() {}

    public static ProgramMix synthetic(InterviewRateModel model) {
        Map<Specialty, List<ProgramBaseline>> baselines = new EnumMap<>(Specialty.class);
        for (Map.Entry<Specialty, SpecialtyEvidence> e : model.evidence().entrySet()) {
            if (!model.covers(e.getKey())) {
                continue;
            }
            int n = model.types().values().stream()
                    .mapToInt(t -> t.spread().getOrDefault(e.getKey(), new double[0]).length)
                    .min()
                    .orElse(0);
            List<ProgramBaseline> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                list.add(baseline(model, e.getKey(), e.getValue(), i));
            }
            if (!list.isEmpty()) {
                baselines.put(e.getKey(), list);
            }
        }
        return ProgramMix.synthetic().withBaselines(baselines);
    }

    private static ProgramBaseline baseline(
            InterviewRateModel model, Specialty specialty, SpecialtyEvidence evidence, int quantile) {
        Map<ApplicantType, Double> logOdds = new EnumMap<>(ApplicantType.class);
        Map<ApplicantType, Double> reference = new EnumMap<>(ApplicantType.class);
        model.types().forEach((type, t) -> {
            double x = t.spread().get(specialty)[quantile];
            logOdds.put(type, x);
            reference.put(type, evidence.reference(type, x));
        });
        return new ProgramBaseline(
                logOdds, reference, Set.of(), null, evidence.homeContrast(), evidence.matched(), evidence);
    }
}
