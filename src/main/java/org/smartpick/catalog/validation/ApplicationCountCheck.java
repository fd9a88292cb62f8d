package org.smartpick.catalog.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.smartpick.catalog.ModelInputs;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.catalog.imports.NrmpSpecialtyCounts;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.engine.chance.TypicalApplicant;
import org.smartpick.engine.portfolio.Objective;
import org.smartpick.engine.profile.Applicant;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.recommend.Recommendation;
import org.smartpick.engine.recommend.RecommendationOptions;
import org.smartpick.engine.recommend.Recommender;
import org.smartpick.engine.season.Candidate;
import org.smartpick.engine.season.Program;

/**
 * The recommended number of applications of each type's typical applicant (searching everywhere, the model's curve
 * to 120) beside what applicants really send: the applications a national catalog's programs received (Residency
 * Explorer) over the applicants who ranked the specialty (NRMP counts) — computed, all types together, and from
 * different years (docs/model.md, "How many applications").
 */
public final class ApplicationCountCheck {
    /** The core specialties the check covers: those where the seed article's advice is about how many. */
    public static final List<Specialty> SPECIALTIES = List.of(
            Specialty.INTERNAL_MEDICINE,
            Specialty.FAMILY_MEDICINE,
            Specialty.PEDIATRICS,
            Specialty.PSYCHIATRY,
            Specialty.EMERGENCY_MEDICINE,
            Specialty.NEUROLOGY,
            Specialty.OBSTETRICS_GYNECOLOGY,
            Specialty.SURGERY,
            Specialty.ANESTHESIOLOGY);

    /** One specialty and type: the model's recommended number and P(match) there, the published average. */
    public record Row(
            Specialty specialty,
            ApplicantType type,
            int recommended,
            double pMatchAtRecommended,
            double pMatchAt120,
            Double applicationsPerApplicant) {}

    private final Geography geography;
    private final ChanceModel model;

    public ApplicationCountCheck(Geography geography, ChanceModel model) {
        this.geography = geography;
        this.model = model;
    }

    public List<Row> check(List<Program> programs, Path specialtyCounts) throws IOException {
        Map<Specialty, Double> perApplicant = perApplicant(programs, NrmpSpecialtyCounts.read(specialtyCounts));
        ModelInputs inputs = new ModelInputs(geography);
        List<Candidate> candidates = inputs.candidates(programs);
        Recommender recommender = new Recommender(model);
        RecommendationOptions options = new RecommendationOptions(
                Objective.MATCH,
                null,
                null,
                RecommendationOptions.DEFAULT_MARGINAL_POINTS,
                RecommendationOptions.DEFAULT_MAX_APPLICATIONS,
                0);
        List<Row> rows = new ArrayList<>();
        for (Specialty s : SPECIALTIES) {
            for (TypicalApplicant t : TypicalApplicant.all()) {
                Profile p = t.profile(model.season().year(), (int) Math.round(t.scoreIn(median(s))))
                        .withSpecialty(s);
                Recommendation r = recommender.recommend(new Applicant(p, null), candidates, options);
                double at120 = r.curve().isEmpty()
                        ? 0
                        : r.curve().get(r.curve().size() - 1).pMatch();
                rows.add(new Row(
                        s, t.type(), r.recommendedApplications(), r.pMatchAtRecommended(), at120, perApplicant.get(s)));
            }
        }
        return rows;
    }

    private double median(Specialty s) {
        return model.matchedStep2(s);
    }

    /** Σ applications received by the specialty's programs / applicants who ranked it; absent without either. */
    static Map<Specialty, Double> perApplicant(List<Program> programs, Map<Specialty, Integer> applicants) {
        Map<Specialty, Double> out = new EnumMap<>(Specialty.class);
        for (Specialty s : SPECIALTIES) {
            OptionalDouble sum = programs.stream()
                    .filter(p -> p.specialty() == s && p.stats().explorer().applications() != null)
                    .mapToDouble(p -> p.stats().explorer().applications())
                    .reduce(Double::sum);
            Integer n = applicants.get(s);
            if (sum.isPresent() && n != null && n > 0) {
                out.put(s, sum.getAsDouble() / n);
            }
        }
        return out;
    }
}
