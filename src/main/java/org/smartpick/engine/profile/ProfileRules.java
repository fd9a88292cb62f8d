package org.smartpick.engine.profile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.FieldProblem;
import org.smartpick.engine.ProgramSetting;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.Visa;

/**
 * The rules that relate several parts of a profile — combinations that cannot happen in real life. Each rule is
 * one method; {@link #check} runs them all and returns every problem, with the pointer of the field to fix.
 *
 * @param seasonYear the year residency starts in the season being planned (the NRMP Match year)
 */
public record ProfileRules(int seasonYear) {
    /** Graduates of more than this many years ago are outside any program's published limit. */
    static final int MAX_YEARS_SINCE_GRADUATION = 40;

    public List<FieldProblem> check(Profile profile) {
        List<FieldProblem> problems = new ArrayList<>();
        schoolMatchesType(profile, problems);
        comlexOnlyForDo(profile, problems);
        mainExamPresent(profile, problems);
        step3NeedsStep2(profile, problems);
        imgBlockOnlyForImgs(profile, problems);
        ecfmgNeedsPassedExams(profile, problems);
        usImgNeedsNoVisa(profile, problems);
        failuresCoverExams(profile, problems);
        graduationInSeasonRange(profile, problems);
        backupsDifferFromTarget(profile, problems);
        settingsNotBothWantedAndExcluded(profile, problems);
        noDuplicates(profile, problems);
        return List.copyOf(problems);
    }

    /** US graduates name the state of their school, international graduates its country. */
    private void schoolMatchesType(Profile p, List<FieldProblem> out) {
        if (p.applicantType().isImg() && p.school().isUs()) {
            out.add(new FieldProblem(
                    "/school",
                    "an international graduate's school is abroad: give school.country," + " not school.state"));
        } else if (!p.applicantType().isImg() && !p.school().isUs()) {
            out.add(new FieldProblem(
                    "/school",
                    "a " + p.applicantType() + " applicant's school is in the US: give"
                            + " school.state, not school.country"));
        }
    }

    /** COMLEX-USA is open only to osteopathic students and graduates. */
    private void comlexOnlyForDo(Profile p, List<FieldProblem> out) {
        if (p.applicantType().takesComlex()) {
            return;
        }
        String message =
                "COMLEX-USA is taken only by osteopathic (US_DO) applicants; remove it or change" + " applicantType";
        if (p.exams().comlex1() != null) {
            out.add(new FieldProblem("/exams/comlex1", message));
        }
        if (p.exams().comlex2() != null) {
            out.add(new FieldProblem("/exams/comlex2", message));
        }
    }

    /** Every applicant reports the main clinical exam: Step 2 CK, or for DOs COMLEX Level 2-CE instead. */
    private void mainExamPresent(Profile p, List<FieldProblem> out) {
        Exams exams = p.exams();
        if (exams.step2ck() == null && !(p.applicantType().takesComlex() && exams.comlex2() != null)) {
            String alternative = p.applicantType().takesComlex() ? " or exams.comlex2" : "";
            out.add(new FieldProblem(
                    "/exams/step2ck", "is required (give the score, or {\"pending\": true})" + alternative));
        }
    }

    /** Step 3 can only be taken after Step 2 CK has been passed. */
    private void step3NeedsStep2(Profile p, List<FieldProblem> out) {
        Exams exams = p.exams();
        if (exams.step3() != null && (exams.step2ck() == null || exams.step2ck().isPending())) {
            out.add(new FieldProblem(
                    "/exams/step3", "Step 3 can only be taken after passing Step 2 CK; give the" + " Step 2 CK score"));
        }
    }

    /** ECFMG certification and US clinical experience months are asked of international graduates only. */
    private void imgBlockOnlyForImgs(Profile p, List<FieldProblem> out) {
        if (p.applicantType().isImg() && p.img() == null) {
            out.add(new FieldProblem(
                    "/img", "is required for international graduates: give ecfmgCertified and" + " usceMonths"));
        } else if (!p.applicantType().isImg() && p.img() != null) {
            out.add(new FieldProblem(
                    "/img", "applies to international graduates only (US_IMG, NON_US_IMG);" + " remove it"));
        }
    }

    /** ECFMG certifies only after Step 1 and Step 2 CK are passed. */
    private void ecfmgNeedsPassedExams(Profile p, List<FieldProblem> out) {
        if (p.img() == null || !p.img().ecfmgCertified()) {
            return;
        }
        Exams exams = p.exams();
        boolean step1Passed = exams.step1() != null && exams.step1().outcome() != ExamOutcome.PENDING;
        boolean step2Passed = exams.step2ck() != null && !exams.step2ck().isPending();
        if (!step1Passed || !step2Passed) {
            out.add(new FieldProblem(
                    "/img/ecfmgCertified",
                    "ECFMG certification requires passed Step 1 and"
                            + " Step 2 CK; report both exams or set ecfmgCertified to false"));
        }
    }

    /** A US-citizen international graduate needs no visa. */
    private void usImgNeedsNoVisa(Profile p, List<FieldProblem> out) {
        if (p.applicantType() == ApplicantType.US_IMG && p.visa() != Visa.NONE) {
            out.add(new FieldProblem(
                    "/visa",
                    "a US-citizen IMG (US_IMG) needs no visa; use NON_US_IMG for an"
                            + " applicant who is not a US citizen"));
        }
    }

    /** The red-flag count of failed sittings cannot be lower than the failures the exams themselves show. */
    private void failuresCoverExams(Profile p, List<FieldProblem> out) {
        int shown = p.exams().failures();
        if (p.redFlags().examFailures() < shown) {
            out.add(new FieldProblem(
                    "/redFlags/examFailures",
                    "is " + p.redFlags().examFailures() + " but the exams show " + shown
                            + " failed sitting(s); count every failed sitting"));
        }
    }

    /**
     * Applicants graduate by the start of residency and not decades before it; the next year's students are
     * accepted too, since they apply while the latest published season is the one before theirs.
     */
    private void graduationInSeasonRange(Profile p, List<FieldProblem> out) {
        int earliest = seasonYear - MAX_YEARS_SINCE_GRADUATION;
        int latest = seasonYear + 1;
        if (p.graduationYear() > latest || p.graduationYear() < earliest) {
            out.add(new FieldProblem(
                    "/graduationYear",
                    "must be between " + earliest + " and " + latest + " when planning with the " + seasonYear
                            + " season's figures, got " + p.graduationYear()));
        }
    }

    /** A backup specialty is another specialty than the target. */
    private void backupsDifferFromTarget(Profile p, List<FieldProblem> out) {
        List<Specialty> backups = p.backupSpecialties();
        for (int i = 0; i < backups.size(); i++) {
            if (backups.get(i) == p.specialty()) {
                out.add(new FieldProblem("/backupSpecialties/" + i, "is already the target specialty"));
            }
        }
    }

    /** A setting cannot be both wanted and excluded. */
    private void settingsNotBothWantedAndExcluded(Profile p, List<FieldProblem> out) {
        List<ProgramSetting> excluded = p.preferences().settingsExcluded();
        for (int i = 0; i < excluded.size(); i++) {
            if (p.preferences().settingsWanted().contains(excluded.get(i))) {
                out.add(new FieldProblem(
                        "/preferences/settingsExcluded/" + i,
                        excluded.get(i) + " is also in settingsWanted; keep it in one list"));
            }
        }
    }

    /** Lists name each entry once, so that a typo'd duplicate is not silently merged. */
    private void noDuplicates(Profile p, List<FieldProblem> out) {
        duplicates("/backupSpecialties", p.backupSpecialties(), out);
        duplicates("/languages", p.languages(), out);
        duplicates("/ties/states", p.ties().states(), out);
        duplicates("/ties/metros", p.ties().metros(), out);
        duplicates("/ties/regions", p.ties().regions(), out);
        duplicates("/preferences/states", p.preferences().states(), out);
        duplicates("/preferences/divisions", p.preferences().divisions(), out);
        duplicates("/preferences/regions", p.preferences().regions(), out);
        duplicates("/awayRotations", p.awayRotations(), out);
    }

    private static void duplicates(String pointer, List<?> values, List<FieldProblem> out) {
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (!seen.add(values.get(i))) {
                out.add(new FieldProblem(pointer + "/" + i, "repeats " + values.get(i) + "; list it once"));
            }
        }
    }
}
