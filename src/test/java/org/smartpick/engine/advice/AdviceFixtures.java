package org.smartpick.engine.advice;

import java.util.ArrayList;
import java.util.List;
import org.smartpick.engine.ProgramSetting;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;
import org.smartpick.engine.profile.Applicant;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.recommend.Recommendation;
import org.smartpick.engine.recommend.RecommendationOptions;
import org.smartpick.engine.recommend.Recommendations;
import org.smartpick.engine.season.Candidate;
import org.smartpick.engine.season.InterviewRates;
import org.smartpick.engine.season.Program;
import org.smartpick.engine.season.ProgramPolicy;
import org.smartpick.engine.season.ProgramStats;
import org.smartpick.engine.season.Provenance;
import org.smartpick.engine.season.Site;

/** Advice contexts on the starter catalog, optionally with hand-written programs added (no shared data). */
final class AdviceFixtures {
    private AdviceFixtures() {}

    static AdviceContext context(Profile profile) {
        return context(profile, RecommendationOptions.forProfile(profile), List.of());
    }

    static AdviceContext context(Profile profile, RecommendationOptions options, List<Program> extra) {
        List<Candidate> catalog = new ArrayList<>(Recommendations.CATALOG);
        catalog.addAll(Recommendations.INPUTS.candidates(extra));
        Applicant applicant = Recommendations.INPUTS.applicant(profile);
        Recommendation r = Recommendations.RECOMMENDER.recommend(applicant, catalog, options);
        return new AdviceContext(
                applicant, catalog, options, r, Recommendations.RECOMMENDER, Recommendations.INPUTS.widenings(profile));
    }

    /** n hand-written programs of a specialty in a state (no statistics: the setting prior scores them). */
    static List<Program> programs(String prefix, Specialty specialty, UsState state, String city, int n) {
        List<Program> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(new Program(
                    prefix + "-" + i,
                    null,
                    specialty,
                    prefix + " Program " + i,
                    null,
                    new Site(city, state, null, null),
                    i % 2 == 0 ? ProgramSetting.UNIVERSITY : ProgramSetting.COMMUNITY,
                    10,
                    ProgramPolicy.UNKNOWN,
                    null,
                    new Provenance("test", false, null),
                    ProgramStats.NONE));
        }
        return out;
    }

    /** n programs that published a low US MD interview rate (hard to get into: reaches for most applicants). */
    static List<Program> hardPrograms(
            String prefix, Specialty specialty, UsState state, String city, int n, double usMdRate) {
        ProgramStats stats = ProgramStats.NONE.withInterviewRates(new InterviewRates(
                2024, usMdRate, usMdRate / 2, usMdRate / 4, usMdRate / 8, null, null, null, null, null, null));
        List<Program> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(new Program(
                    prefix + "-" + i,
                    null,
                    specialty,
                    prefix + " Program " + i,
                    null,
                    new Site(city, state, null, null),
                    ProgramSetting.UNIVERSITY,
                    20,
                    ProgramPolicy.UNKNOWN,
                    null,
                    new Provenance("test", false, null),
                    stats));
        }
        return out;
    }
}
