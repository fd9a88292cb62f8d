package org.smartpick.engine.recommend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.smartpick.Fixtures;
import org.smartpick.catalog.ModelInputs;
import org.smartpick.engine.advice.AdviceContext;
import org.smartpick.engine.chance.Models;
import org.smartpick.engine.profile.Applicant;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.season.Candidate;
import org.smartpick.profile.ProfileCheck;
import org.smartpick.profile.ProfileReader;

/** One-line helpers to run the recommender on the example profiles and the starter catalog. */
public final class Recommendations {
    public static final ModelInputs INPUTS = new ModelInputs(Fixtures.geography());
    public static final List<Candidate> CATALOG =
            INPUTS.candidates(Fixtures.starterCatalog().programs());
    public static final Recommender RECOMMENDER = new Recommender(Models.MODEL);

    private Recommendations() {}

    public static Profile example(String file) {
        try {
            String json = Files.readString(Path.of("examples", file));
            return ((ProfileCheck.Valid) new ProfileReader(Fixtures.geography(), 2026).read(json)).profile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Profile persona() {
        return example("01-la-low-step2-us-md.json");
    }

    /** The persona as a re-applicant with a lower score: a list in Los Angeles alone is risky for her. */
    public static Profile reapplicant() {
        return example("08-la-reapplicant-us-md.json");
    }

    public static Recommendation recommend(Profile profile) {
        return recommend(profile, RecommendationOptions.forProfile(profile));
    }

    public static Recommendation recommend(Profile profile, RecommendationOptions options) {
        return RECOMMENDER.recommend(INPUTS.applicant(profile), CATALOG, options);
    }

    public static AdviceContext context(Profile profile, RecommendationOptions options) {
        Applicant applicant = INPUTS.applicant(profile);
        Recommendation r = RECOMMENDER.recommend(applicant, CATALOG, options);
        return new AdviceContext(applicant, CATALOG, options, r, RECOMMENDER, INPUTS.widenings(profile));
    }
}
