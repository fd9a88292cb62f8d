package org.smartpick.engine.profile;

import java.util.List;
import java.util.Optional;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Invariants;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.Visa;

/**
 * An applicant's profile: everything SmartPick knows about one applicant. Each component checks its own ranges;
 * rules that relate several components (a COMLEX score for an MD, a visa for a US citizen…) are in
 * {@link ProfileRules}, so that a reader can report all of them at once.
 *
 * @param label             a name for the profile chosen by the user (not their real name), may be null
 * @param img               ECFMG and US clinical experience, present for international graduates only
 * @param awayRotations     catalog program ids where the applicant did an away or audition rotation
 * @param partner           label of the partner's profile when applying as a couple, null otherwise
 */
public record Profile(
        String label,
        ApplicantType applicantType,
        School school,
        int graduationYear,
        Exams exams,
        Specialty specialty,
        List<Specialty> backupSpecialties,
        Experience experience,
        Letters letters,
        Visa visa,
        ImgCredentials img,
        RedFlags redFlags,
        List<String> languages,
        Ties ties,
        Preferences preferences,
        Budget budget,
        List<String> awayRotations,
        String partner) {
    public static final int MIN_GRADUATION_YEAR = 1960;
    public static final int MAX_GRADUATION_YEAR = 2100;

    public Profile {
        label = Invariants.text("label", label);
        Invariants.present("applicantType", applicantType);
        Invariants.present("school", school);
        Invariants.range("graduationYear", graduationYear, MIN_GRADUATION_YEAR, MAX_GRADUATION_YEAR);
        Invariants.present("exams", exams);
        Invariants.present("specialty", specialty);
        backupSpecialties = Invariants.list("backupSpecialties", backupSpecialties);
        Invariants.present("experience", experience);
        Invariants.present("letters", letters);
        Invariants.present("visa", visa);
        Invariants.present("redFlags", redFlags);
        languages = Invariants.list("languages", languages);
        Invariants.present("ties", ties);
        Invariants.present("preferences", preferences);
        Invariants.present("budget", budget);
        awayRotations = Invariants.list("awayRotations", awayRotations);
        partner = Invariants.text("partner", partner);
    }

    public Optional<ImgCredentials> imgIfAny() {
        return Optional.ofNullable(img);
    }

    /** Years between graduation and the start of residency in the given season (0 for students). */
    public int yearsSinceGraduation(int seasonYear) {
        return Math.max(0, seasonYear - graduationYear);
    }

    public boolean isCouple() {
        return partner != null;
    }

    public Profile withExams(Exams next) {
        return new Profile(
                label,
                applicantType,
                school,
                graduationYear,
                next,
                specialty,
                backupSpecialties,
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

    public Profile withExperience(Experience next) {
        return new Profile(
                label,
                applicantType,
                school,
                graduationYear,
                exams,
                specialty,
                backupSpecialties,
                next,
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

    public Profile withLetters(Letters next) {
        return new Profile(
                label,
                applicantType,
                school,
                graduationYear,
                exams,
                specialty,
                backupSpecialties,
                experience,
                next,
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

    public Profile withImg(ImgCredentials next) {
        return new Profile(
                label,
                applicantType,
                school,
                graduationYear,
                exams,
                specialty,
                backupSpecialties,
                experience,
                letters,
                visa,
                next,
                redFlags,
                languages,
                ties,
                preferences,
                budget,
                awayRotations,
                partner);
    }

    public Profile withAwayRotations(List<String> next) {
        return new Profile(
                label,
                applicantType,
                school,
                graduationYear,
                exams,
                specialty,
                backupSpecialties,
                experience,
                letters,
                visa,
                img,
                redFlags,
                languages,
                ties,
                preferences,
                budget,
                next,
                partner);
    }

    public Profile withGraduationYear(int next) {
        return new Profile(
                label,
                applicantType,
                school,
                next,
                exams,
                specialty,
                backupSpecialties,
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

    /** The same applicant targeting another specialty (for pricing alternatives and the PGY-1 year). */
    public Profile withSpecialty(Specialty next) {
        return new Profile(
                label,
                applicantType,
                school,
                graduationYear,
                exams,
                next,
                backupSpecialties,
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
