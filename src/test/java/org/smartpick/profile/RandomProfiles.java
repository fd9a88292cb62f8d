package org.smartpick.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.CensusDivision;
import org.smartpick.engine.ProgramSetting;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;
import org.smartpick.engine.Visa;
import org.smartpick.engine.profile.Budget;
import org.smartpick.engine.profile.ExamOutcome;
import org.smartpick.engine.profile.ExamScale;
import org.smartpick.engine.profile.Experience;
import org.smartpick.engine.profile.ImgCredentials;
import org.smartpick.engine.profile.LetterStrength;
import org.smartpick.engine.profile.Letters;
import org.smartpick.engine.profile.PassFailExam;
import org.smartpick.engine.profile.Preferences;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.profile.ProfileBuilder;
import org.smartpick.engine.profile.Radius;
import org.smartpick.engine.profile.RedFlags;
import org.smartpick.engine.profile.School;
import org.smartpick.engine.profile.ScoredExam;
import org.smartpick.engine.profile.Ties;

/** Random profiles that obey every profile rule, for property tests. */
final class RandomProfiles {
    static final int SEASON = 2026;
    private static final List<String> REGIONS = List.of(
            "Greater Los Angeles",
            "Los Angeles: San Fernando Valley",
            "Inland Empire",
            "Southern California",
            "Los Angeles: South Bay/Harbor");
    private static final List<String> PLACES = List.of("Los Angeles, CA", "90012", "91401-1234", "San Diego, CA");
    private static final List<String> WORDS = List.of(
            "English",
            "Spanish",
            "Tagalog",
            "Korean",
            "Armenian",
            "Los Angeles",
            "Houston",
            "Chicago",
            "a b",
            "Ünïcode");

    private RandomProfiles() {}

    static Profile next(Random r) {
        ProfileBuilder b = new ProfileBuilder();
        b.type = pick(r, ApplicantType.values());
        b.school = b.type.isImg() ? School.abroad(pick(r, WORDS)) : School.inState(pick(r, UsState.values()));
        b.label = r.nextBoolean() ? null : "profile " + r.nextInt(1000);
        b.graduationYear = SEASON - 40 + r.nextInt(42);
        exams(r, b);
        b.specialty = pick(r, Specialty.values());
        b.backups = subset(
                r,
                Arrays.stream(Specialty.values()).filter(s -> s != b.specialty).toList(),
                3);
        b.experience = new Experience(r.nextInt(51), r.nextInt(201), r.nextInt(13), r.nextBoolean(), r.nextBoolean());
        b.letters = new Letters(pick(r, LetterStrength.values()), r.nextBoolean());
        b.visa = b.type == ApplicantType.US_IMG ? Visa.NONE : pick(r, Visa.values());
        boolean passed = b.step1 != null
                && b.step1.outcome() != ExamOutcome.PENDING
                && b.step2ck != null
                && !b.step2ck.isPending();
        b.img = b.type.isImg() ? new ImgCredentials(passed && r.nextBoolean(), r.nextInt(121)) : null;
        int failures = b.build().exams().failures();
        b.redFlags = new RedFlags(failures + r.nextInt(3), r.nextBoolean(), r.nextBoolean(), r.nextBoolean());
        b.languages = subset(r, WORDS, 4);
        b.ties = new Ties(
                r.nextBoolean() ? pick(r, UsState.values()) : null,
                subset(r, List.of(UsState.values()), 3),
                subset(r, WORDS, 2),
                subset(r, REGIONS, 2));
        b.preferences = preferences(r);
        b.budget = new Budget(
                r.nextBoolean() ? 1 + r.nextInt(Budget.MAX_APPLICATIONS) : null,
                r.nextBoolean() ? 1 + r.nextInt(Budget.MAX_DOLLARS) : null);
        b.awayRotations = subset(r, List.of("ucla-im", "harbor-ucla-im", "kern-medical-im"), 2);
        b.partner = r.nextInt(4) == 0 ? "partner " + r.nextInt(100) : null;
        return b.build();
    }

    private static void exams(Random r, ProfileBuilder b) {
        boolean dO = b.type == ApplicantType.US_DO;
        b.step1 = r.nextInt(5) == 0 ? null : passFail(r);
        b.step2ck = dO && r.nextBoolean() ? null : scored(r, ExamScale.STEP2_CK);
        b.step3 = b.step2ck != null && !b.step2ck.isPending() && r.nextBoolean() ? scored(r, ExamScale.STEP3) : null;
        b.comlex1 = dO && r.nextBoolean() ? passFail(r) : null;
        b.comlex2 = dO && (b.step2ck == null || r.nextBoolean()) ? scored(r, ExamScale.COMLEX2) : null;
    }

    private static Preferences preferences(Random r) {
        List<ProgramSetting> settings = new ArrayList<>(List.of(ProgramSetting.values()));
        Collections.shuffle(settings, r);
        int cut = r.nextInt(settings.size() + 1);
        Radius radius = r.nextBoolean() ? new Radius(1 + r.nextInt(Radius.MAX_MILES), pick(r, PLACES)) : null;
        return new Preferences(
                subset(r, List.of(UsState.values()), 4),
                subset(r, List.of(CensusDivision.values()), CensusDivision.MAX_PREFERRED),
                subset(r, REGIONS, 3),
                radius,
                subset(r, settings.subList(0, cut), 3),
                subset(r, settings.subList(cut, settings.size()), 3));
    }

    private static PassFailExam passFail(Random r) {
        ExamOutcome outcome = pick(r, ExamOutcome.values());
        return switch (outcome) {
            case PASS -> new PassFailExam(outcome, 1);
            case FAIL_THEN_PASS -> new PassFailExam(outcome, 2 + r.nextInt(PassFailExam.MAX_ATTEMPTS - 1));
            case PENDING -> new PassFailExam(outcome, r.nextInt(PassFailExam.MAX_ATTEMPTS));
        };
    }

    private static ScoredExam scored(Random r, ExamScale scale) {
        if (r.nextInt(4) == 0) {
            return new ScoredExam(scale, null, r.nextInt(PassFailExam.MAX_ATTEMPTS));
        }
        int score = scale.min() + r.nextInt(scale.max() - scale.min() + 1);
        return new ScoredExam(scale, score, 1 + r.nextInt(PassFailExam.MAX_ATTEMPTS));
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    private static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    private static <T> List<T> subset(Random r, List<T> values, int max) {
        List<T> shuffled = new ArrayList<>(values);
        Collections.shuffle(shuffled, r);
        return shuffled.stream()
                .limit(r.nextInt(Math.min(max, values.size()) + 1))
                .collect(Collectors.toList());
    }
}
