package org.smartpick.engine.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.FieldProblem;
import org.smartpick.engine.ProgramSetting;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;

class ProfileRulesTest {
    private final ProfileRules rules = new ProfileRules(2026);

    private List<String> pointers(ProfileBuilder b) {
        return rules.check(b.build()).stream().map(FieldProblem::pointer).toList();
    }

    @Test
    void aTypicalUsMdAndATypicalImgAreFine() {
        assertThat(rules.check(ProfileBuilder.usMd().build())).isEmpty();
        assertThat(rules.check(ProfileBuilder.nonUsImg().build())).isEmpty();
    }

    @Test
    void anImgSchoolIsAbroadAndAUsSchoolIsInAState() {
        ProfileBuilder img = ProfileBuilder.nonUsImg();
        img.school = School.inState(UsState.NY);
        assertThat(pointers(img)).containsExactly("/school");
        ProfileBuilder md = ProfileBuilder.usMd();
        md.school = School.abroad("Mexico");
        assertThat(pointers(md)).containsExactly("/school");
    }

    @Test
    void comlexIsForDosOnly() {
        ProfileBuilder md = ProfileBuilder.usMd();
        md.comlex2 = ScoredExam.passed(ExamScale.COMLEX2, 520);
        assertThat(pointers(md)).containsExactly("/exams/comlex2");
        ProfileBuilder dO = ProfileBuilder.usMd();
        dO.type = ApplicantType.US_DO;
        dO.comlex2 = ScoredExam.passed(ExamScale.COMLEX2, 520);
        assertThat(pointers(dO)).isEmpty();
    }

    @Test
    void aDoWithOnlyUsmleIsFineAndADoWithOnlyComlexToo() {
        ProfileBuilder usmleOnly = ProfileBuilder.usMd();
        usmleOnly.type = ApplicantType.US_DO;
        assertThat(pointers(usmleOnly)).isEmpty();
        ProfileBuilder comlexOnly = ProfileBuilder.usMd();
        comlexOnly.type = ApplicantType.US_DO;
        comlexOnly.step1 = null;
        comlexOnly.step2ck = null;
        comlexOnly.comlex1 = new PassFailExam(ExamOutcome.PASS, 1);
        comlexOnly.comlex2 = ScoredExam.passed(ExamScale.COMLEX2, 480);
        assertThat(pointers(comlexOnly)).isEmpty();
    }

    @Test
    void everyoneReportsStep2Ck() {
        ProfileBuilder b = ProfileBuilder.usMd();
        b.step2ck = null;
        assertThat(pointers(b)).containsExactly("/exams/step2ck");
    }

    @Test
    void step3ComesAfterAPassedStep2() {
        ProfileBuilder b = ProfileBuilder.usMd();
        b.step2ck = ScoredExam.pending(ExamScale.STEP2_CK);
        b.step3 = ScoredExam.passed(ExamScale.STEP3, 220);
        assertThat(pointers(b)).containsExactly("/exams/step3");
    }

    @Test
    void theImgBlockIsForImgsOnlyAndRequiredForThem() {
        ProfileBuilder md = ProfileBuilder.usMd();
        md.img = new ImgCredentials(false, 0);
        assertThat(pointers(md)).containsExactly("/img");
        ProfileBuilder img = ProfileBuilder.nonUsImg();
        img.img = null;
        assertThat(pointers(img)).containsExactly("/img");
    }

    @Test
    void ecfmgCertificationNeedsPassedStep1AndStep2() {
        ProfileBuilder img = ProfileBuilder.nonUsImg();
        img.step2ck = ScoredExam.pending(ExamScale.STEP2_CK);
        assertThat(pointers(img)).containsExactly("/img/ecfmgCertified");
    }

    @Test
    void aUsCitizenImgNeedsNoVisa() {
        ProfileBuilder b = ProfileBuilder.nonUsImg();
        b.type = ApplicantType.US_IMG;
        assertThat(pointers(b)).containsExactly("/visa");
    }

    @Test
    void theFailureCountCoversTheExams() {
        ProfileBuilder b = ProfileBuilder.usMd();
        b.step1 = new PassFailExam(ExamOutcome.FAIL_THEN_PASS, 2);
        assertThat(rules.check(b.build()))
                .containsExactly(new FieldProblem(
                        "/redFlags/examFailures",
                        "is 0 but the exams show 1 failed sitting(s); count every failed sitting"));
        b.redFlags = new RedFlags(1, false, false, false);
        assertThat(pointers(b)).isEmpty();
    }

    @Test
    void graduationIsWithinTheSeasonsRange() {
        ProfileBuilder late = ProfileBuilder.usMd();
        late.graduationYear = 2028;
        assertThat(pointers(late)).containsExactly("/graduationYear");
        ProfileBuilder nextYear = ProfileBuilder.usMd();
        nextYear.graduationYear = 2027;
        assertThat(pointers(nextYear)).isEmpty();
        ProfileBuilder early = ProfileBuilder.usMd();
        early.graduationYear = 1980;
        assertThat(pointers(early)).containsExactly("/graduationYear");
    }

    @Test
    void aBackupIsNotTheTarget() {
        ProfileBuilder b = ProfileBuilder.usMd();
        b.backups = List.of(Specialty.FAMILY_MEDICINE, Specialty.INTERNAL_MEDICINE);
        assertThat(pointers(b)).containsExactly("/backupSpecialties/1");
    }

    @Test
    void aSettingIsNotBothWantedAndExcluded() {
        ProfileBuilder b = ProfileBuilder.usMd();
        b.preferences = new Preferences(
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of(ProgramSetting.COUNTY),
                List.of(ProgramSetting.UNIVERSITY, ProgramSetting.COUNTY));
        assertThat(pointers(b)).containsExactly("/preferences/settingsExcluded/1");
    }

    @Test
    void listsNameEachEntryOnce() {
        ProfileBuilder b = ProfileBuilder.usMd();
        b.languages = List.of("English", "Spanish", "English");
        assertThat(pointers(b)).containsExactly("/languages/2");
    }

    @Test
    void yearsSinceGraduationAreNeverNegative() {
        ProfileBuilder b = ProfileBuilder.usMd();
        b.graduationYear = 2027;
        assertThat(b.build().yearsSinceGraduation(2026)).isZero();
        b.graduationYear = 2021;
        assertThat(b.build().yearsSinceGraduation(2026)).isEqualTo(5);
    }
}
