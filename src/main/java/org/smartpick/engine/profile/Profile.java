package org.smartpick.engine.profile;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
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
        return edited(d -> d.exams = next);
    }

    public Profile withExperience(Experience next) {
        return edited(d -> d.experience = next);
    }

    public Profile withLetters(Letters next) {
        return edited(d -> d.letters = next);
    }

    public Profile withImg(ImgCredentials next) {
        return edited(d -> d.img = next);
    }

    public Profile withAwayRotations(List<String> next) {
        return edited(d -> d.awayRotations = next);
    }

    public Profile withGraduationYear(int next) {
        return edited(d -> d.graduationYear = next);
    }

    /** The same applicant targeting another specialty (for pricing alternatives and the PGY-1 year). */
    public Profile withSpecialty(Specialty next) {
        return edited(d -> d.specialty = next);
    }

    /** This profile with some components changed: the one place that lists them all in order. */
    private Profile edited(Consumer<Draft> change) {
        Draft d = new Draft(this);
        change.accept(d);
        return d.profile();
    }

    /** A profile's components while a copy is being changed (checked again when the copy is made). */
    private static final class Draft {
        private String label;
        private ApplicantType applicantType;
        private School school;
        private int graduationYear;
        private Exams exams;
        private Specialty specialty;
        private List<Specialty> backupSpecialties;
        private Experience experience;
        private Letters letters;
        private Visa visa;
        private ImgCredentials img;
        private RedFlags redFlags;
        private List<String> languages;
        private Ties ties;
        private Preferences preferences;
        private Budget budget;
        private List<String> awayRotations;
        private String partner;

        Draft(Profile p) {
            label = p.label;
            applicantType = p.applicantType;
            school = p.school;
            graduationYear = p.graduationYear;
            exams = p.exams;
            specialty = p.specialty;
            backupSpecialties = p.backupSpecialties;
            experience = p.experience;
            letters = p.letters;
            visa = p.visa;
            img = p.img;
            redFlags = p.redFlags;
            languages = p.languages;
            ties = p.ties;
            preferences = p.preferences;
            budget = p.budget;
            awayRotations = p.awayRotations;
            partner = p.partner;
        }

        Profile profile() {
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
                    awayRotations,
                    partner);
        }
    }
}
