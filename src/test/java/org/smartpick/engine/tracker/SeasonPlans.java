package org.smartpick.engine.tracker;

import java.util.List;
import java.util.Set;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.engine.chance.ProgramChance;
import org.smartpick.engine.chance.TypicalApplicant;
import org.smartpick.engine.profile.Applicant;
import org.smartpick.engine.season.Candidate;
import org.smartpick.reference.ModelParameterFile;
import org.smartpick.reference.ReferenceData;

/** Plans of typical applicants, for the tracker's tests: the model's chances at average programs of a specialty. */
final class SeasonPlans {
    static final ChanceModel MODEL = new ChanceModel(ModelParameterFile.bundled(), ReferenceData.latest());

    private SeasonPlans() {}

    static List<ProgramChance> programs(ApplicantType type, int step2, Specialty specialty, int n) {
        var profile = TypicalApplicant.of(type).profile(2026, step2);
        var chances = MODEL.forApplicant(new Applicant(profile, null), specialty);
        return TypicalApplicant.averagePrograms(specialty, n).stream()
                .map(c -> chances.assess(new Candidate(c.program(), Set.of(), 0.0)))
                .toList();
    }

    static SeasonUpdate update() {
        return new SeasonUpdate(MODEL.latent(), MODEL.latentSd());
    }
}
