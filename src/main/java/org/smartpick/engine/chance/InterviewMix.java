package org.smartpick.engine.chance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Normal;
import org.smartpick.engine.ProgramBaseline;
import org.smartpick.engine.ProgramMix;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.SpecialtyEvidence;

/**
 * The calibration's typical programs under model v2 without a catalog at hand (docs/model.md, "Model v2: the match
 * stage"): for each specialty the model covers, programs whose baselines lie at the quantiles of the normal with the
 * mean and SD of the fitted catalog's baselines, the same quantile for every applicant type.
 */
public final class InterviewMix {
    static final int PROGRAMS = 101;

    private InterviewMix() {
    }

    public static ProgramMix synthetic(InterviewRateModel model) {
        Map<Specialty, List<ProgramBaseline>> baselines = new EnumMap<>(Specialty.class);
        for (Map.Entry<Specialty, SpecialtyEvidence> e : model.evidence().entrySet()) {
            if (!model.covers(e.getKey())) {
                continue;
            }
            List<ProgramBaseline> list = new ArrayList<>();
            for (int i = 0; i < PROGRAMS; i++) {
                double z = Normal.quantile((i + 0.5) / PROGRAMS);
                list.add(baseline(model, e.getKey(), e.getValue(), z));
            }
            baselines.put(e.getKey(), list);
        }
        return ProgramMix.synthetic().withBaselines(baselines);
    }

    private static ProgramBaseline baseline(InterviewRateModel model, Specialty specialty, SpecialtyEvidence evidence,
                                            double z) {
        Map<ApplicantType, Double> logOdds = new EnumMap<>(ApplicantType.class);
        Map<ApplicantType, Double> reference = new EnumMap<>(ApplicantType.class);
        model.types().forEach((type, t) -> {
            double[] spread = t.spread().get(specialty);
            if (spread != null) {
                double x = spread[0] + spread[1] * z;
                logOdds.put(type, x);
                reference.put(type, evidence.reference(type, x));
            }
        });
        return new ProgramBaseline(logOdds, reference, java.util.Set.of(), null, evidence.homeContrast(), evidence);
    }
}
