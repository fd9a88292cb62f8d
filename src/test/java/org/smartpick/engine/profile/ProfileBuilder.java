package org.smartpick.engine.profile;

import java.util.List;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;
import org.smartpick.engine.Visa;

/** Builds profiles in tests: starts from a valid US MD applicant and changes one thing at a time. */
public final class ProfileBuilder {
    public String label = "test";
    public ApplicantType type = ApplicantType.US_MD;
    public School school = School.inState(UsState.CA);
    public int graduationYear = 2025;
    public PassFailExam step1 = new PassFailExam(ExamOutcome.PASS, 1);
    public ScoredExam step2ck = ScoredExam.passed(ExamScale.STEP2_CK, 226);
    public ScoredExam step3;
    public PassFailExam comlex1;
    public ScoredExam comlex2;
    public Specialty specialty = Specialty.INTERNAL_MEDICINE;
    public List<Specialty> backups = List.of();
    public Experience experience = Experience.none();
    public Letters letters = Letters.average();
    public Visa visa = Visa.NONE;
    public ImgCredentials img;
    public RedFlags redFlags = RedFlags.none();
    public List<String> languages = List.of("English");
    public Ties ties = Ties.none();
    public Preferences preferences = Preferences.none();
    public Budget budget = new Budget(60, null);
    public List<String> awayRotations = List.of();
    public String partner;

    public static ProfileBuilder usMd() {
        return new ProfileBuilder();
    }

    public static ProfileBuilder nonUsImg() {
        ProfileBuilder b = new ProfileBuilder();
        b.type = ApplicantType.NON_US_IMG;
        b.school = School.abroad("India");
        b.img = new ImgCredentials(true, 6);
        b.visa = Visa.J1;
        return b;
    }

    public Profile build() {
        return new Profile(
                label,
                type,
                school,
                graduationYear,
                new Exams(step1, step2ck, step3, comlex1, comlex2),
                specialty,
                backups,
                experience,
                letters,
                visa,
                img,
                redFlags,
                languages,
                ties,
                preferences,
                budget,
                awayRotations,
                partner);
    }
}
