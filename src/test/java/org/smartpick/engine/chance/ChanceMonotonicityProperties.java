package org.smartpick.engine.chance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.smartpick.Fixtures;
import org.smartpick.catalog.ModelInputs;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.CensusDivision;
import org.smartpick.engine.Outcome;
import org.smartpick.engine.Signal;
import org.smartpick.engine.UsState;
import org.smartpick.engine.Visa;
import org.smartpick.engine.profile.Applicant;
import org.smartpick.engine.profile.ExamScale;
import org.smartpick.engine.profile.Experience;
import org.smartpick.engine.profile.ImgCredentials;
import org.smartpick.engine.profile.LetterStrength;
import org.smartpick.engine.profile.Letters;
import org.smartpick.engine.profile.Preferences;
import org.smartpick.engine.profile.ProfileBuilder;
import org.smartpick.engine.profile.RedFlags;
import org.smartpick.engine.profile.ScoredExam;
import org.smartpick.engine.profile.Ties;
import org.smartpick.engine.season.Candidate;
import org.smartpick.engine.season.Program;

/** What must hold whatever the applicant and the program: more never hurts, a red flag never helps. */
class ChanceMonotonicityProperties {
    private static final List<Program> PROGRAMS = Fixtures.starterCatalog().programs();
    private static final ModelInputs INPUTS = new ModelInputs(Fixtures.geography());
    /** The programs as the recommender sees them: model v2's baselines where the data cover the specialty. */
    private static final Map<String, Candidate> CANDIDATES = INPUTS.candidates(PROGRAMS).stream()
            .collect(Collectors.toMap(c -> c.program().id(), c -> c));

    private static final double EPS = 1e-12;

    /** A random applicant and a random program of the catalog, in the program's specialty. */
    record Case(ProfileBuilder applicant, Program program) {
        ProgramChance assess(Consumer<ProfileBuilder> change) {
            ProfileBuilder copy = copy(applicant);
            change.accept(copy);
            copy.specialty = program.specialty();
            return Models.MODEL
                    .forApplicant(new Applicant(copy.build(), null), program.specialty())
                    .assess(CANDIDATES.get(program.id()));
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.randomValue(ChanceMonotonicityProperties::randomCase);
    }

    @Property(tries = 200)
    void probabilitiesStayInTheUnitInterval(@ForAll("cases") Case c) {
        ProgramChance chance = c.assess(b -> {});
        for (Signal s : Signal.values()) {
            Outcome o = chance.outcome(s);
            assertThat(List.of(o.interview(), o.matchGivenInterview(), o.success()))
                    .allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
        }
    }

    @Property(tries = 200)
    void aHigherStep2NeverLowersAChance(@ForAll("cases") Case c) {
        int score = c.applicant().step2ck.score();
        ProgramChance lower = c.assess(b -> {});
        ProgramChance higher =
                c.assess(b -> b.step2ck = ScoredExam.passed(ExamScale.STEP2_CK, Math.min(300, score + 7)));
        assertNotLower(higher, lower);
    }

    @Property(tries = 200)
    void moreResearchNeverLowersAChance(@ForAll("cases") Case c) {
        ProgramChance less = c.assess(b -> {});
        ProgramChance more = c.assess(b -> b.experience = new Experience(
                Math.min(50, b.experience.research() + 2),
                b.experience.publications(),
                b.experience.honors(),
                b.experience.aoa(),
                b.experience.ghhs()));
        assertNotLower(more, less);
    }

    @Property(tries = 200)
    void aSignalNeverLowersAChance(@ForAll("cases") Case c) {
        ProgramChance chance = c.assess(b -> {});
        for (Signal s : chance.signals()) {
            assertThat(chance.outcome(s).interview())
                    .isGreaterThanOrEqualTo(chance.outcome(Signal.NONE).interview() - EPS);
            assertThat(chance.outcome(s).success())
                    .isGreaterThanOrEqualTo(chance.outcome(Signal.NONE).success() - EPS);
        }
    }

    @Property(tries = 200)
    void anAwayRotationNeverLowersAChance(@ForAll("cases") Case c) {
        assertNotLower(c.assess(b -> b.awayRotations = List.of(c.program().id())), c.assess(b -> {}));
    }

    @Property(tries = 200)
    void aRedFlagNeverRaisesAChance(@ForAll("cases") Case c) {
        ProgramChance clean = c.assess(b -> {});
        assertNotLower(
                clean, c.assess(b -> b.redFlags = new RedFlags(b.redFlags.examFailures() + 1, false, false, false)));
        assertNotLower(clean, c.assess(b -> b.redFlags = flags(b.redFlags, true, false, false)));
        assertNotLower(clean, c.assess(b -> b.redFlags = flags(b.redFlags, false, true, false)));
        assertNotLower(clean, c.assess(b -> b.redFlags = flags(b.redFlags, false, false, true)));
    }

    private static RedFlags flags(RedFlags f, boolean leave, boolean professionalism, boolean unmatched) {
        return new RedFlags(
                f.examFailures(),
                f.leaveOfAbsence() || leave,
                f.professionalism() || professionalism,
                f.priorUnmatched() || unmatched);
    }

    private static void assertNotLower(ProgramChance better, ProgramChance worse) {
        for (Signal s : Signal.values()) {
            assertThat(better.outcome(s).interview())
                    .isGreaterThanOrEqualTo(worse.outcome(s).interview() - EPS);
            assertThat(better.outcome(s).success())
                    .isGreaterThanOrEqualTo(worse.outcome(s).success() - EPS);
        }
    }

    private static Case randomCase(Random r) {
        ProfileBuilder b = r.nextBoolean() ? ProfileBuilder.usMd() : ProfileBuilder.nonUsImg();
        if (b.type == ApplicantType.NON_US_IMG) {
            b.visa = Visa.values()[r.nextInt(3)];
            b.img = new ImgCredentials(true, r.nextInt(24));
        }
        b.step2ck = ScoredExam.passed(ExamScale.STEP2_CK, 200 + r.nextInt(81));
        b.graduationYear = 2012 + r.nextInt(15);
        b.experience = new Experience(r.nextInt(12), r.nextInt(15), r.nextInt(8), r.nextBoolean(), r.nextBoolean());
        b.letters = new Letters(LetterStrength.values()[r.nextInt(3)], r.nextBoolean());
        b.ties = new Ties(
                UsState.values()[r.nextInt(UsState.values().length)],
                List.of(),
                List.of(),
                r.nextBoolean() ? List.of("Greater Los Angeles") : List.of());
        b.preferences = new Preferences(
                List.of(),
                r.nextBoolean() ? List.of(CensusDivision.PACIFIC) : List.of(),
                List.of(),
                null,
                List.of(),
                List.of());
        return new Case(b, PROGRAMS.get(r.nextInt(PROGRAMS.size())));
    }

    private static ProfileBuilder copy(ProfileBuilder b) {
        ProfileBuilder c = new ProfileBuilder();
        c.label = b.label;
        c.type = b.type;
        c.school = b.school;
        c.graduationYear = b.graduationYear;
        c.step1 = b.step1;
        c.step2ck = b.step2ck;
        c.specialty = b.specialty;
        c.experience = b.experience;
        c.letters = b.letters;
        c.visa = b.visa;
        c.img = b.img;
        c.redFlags = b.redFlags;
        c.ties = b.ties;
        c.preferences = b.preferences;
        c.awayRotations = b.awayRotations;
        return c;
    }
}
