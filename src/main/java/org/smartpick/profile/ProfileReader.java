package org.smartpick.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.FieldProblem;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;
import org.smartpick.engine.Visa;
import org.smartpick.engine.profile.Budget;
import org.smartpick.engine.profile.Exams;
import org.smartpick.engine.profile.Experience;
import org.smartpick.engine.profile.ImgCredentials;
import org.smartpick.engine.profile.LetterStrength;
import org.smartpick.engine.profile.Letters;
import org.smartpick.engine.profile.Preferences;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.profile.ProfileRules;
import org.smartpick.engine.profile.RedFlags;
import org.smartpick.engine.profile.School;
import org.smartpick.engine.profile.Ties;

/**
 * Reads a profile document (docs/profile.md). Every problem is collected — JSON syntax, unknown fields, types,
 * ranges, unknown places and regions, then the cross-field {@link ProfileRules} — and returned together.
 */
public final class ProfileReader {
    static final int MAX_TEXT = 120;
    static final int MAX_LIST = 60;

    private final PlacesReader places;
    private final ProfileRules rules;

    /** @param seasonYear the year residency starts in the season being planned */
    public ProfileReader(Geography geography, int seasonYear) {
        this.places = new PlacesReader(geography);
        this.rules = new ProfileRules(seasonYear);
    }

    /** Reads a document given as JSON text. */
    public ProfileCheck read(String json) {
        try {
            return read(StrictJson.parse(json));
        } catch (StrictJson.NotJson e) {
            return invalid("", e.getMessage());
        }
    }

    /** Reads a document already parsed. */
    public ProfileCheck read(JsonNode root) {
        if (!root.isObject()) {
            return invalid("", "must be a JSON object");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Profile profile = profile(new JsonFields(root, "", problems));
        List<FieldProblem> broken = profile == null ? List.of() : rules.check(profile);
        if (problems.isEmpty() && profile != null) {
            return broken.isEmpty() ? new ProfileCheck.Valid(profile) : new ProfileCheck.Invalid(broken);
        }
        broken.stream()
                .filter(rule -> problems.stream().noneMatch(leaf -> related(rule, leaf)))
                .forEach(problems::add);
        return new ProfileCheck.Invalid(problems);
    }

    /**
     * Whether a cross-field problem may only be an echo of a field problem: a field left out because it was bad
     * must not be reported again as missing.
     */
    private static boolean related(FieldProblem rule, FieldProblem leaf) {
        return leaf.pointer().startsWith(rule.pointer()) || rule.pointer().startsWith(leaf.pointer());
    }

    private Profile profile(JsonFields doc) {
        String label = doc.text("label", false, MAX_TEXT);
        ApplicantType type = doc.enumValue("applicantType", true, ApplicantType.class);
        School school = doc.object("school", true).map(this::school).orElse(null);
        Integer graduationYear =
                doc.integer("graduationYear", true, Profile.MIN_GRADUATION_YEAR, Profile.MAX_GRADUATION_YEAR);
        Exams exams = doc.object("exams", true).map(ExamsReader::read).orElse(null);
        Specialty specialty = doc.enumValue("specialty", true, Specialty.class);
        List<Specialty> backups =
                doc.list("backupSpecialties", Specialty.values().length, e -> e.enumValue(Specialty.class));
        Experience experience =
                doc.object("experience", false).map(this::experience).orElse(Experience.none());
        Letters letters = doc.object("letters", false).map(this::letters).orElse(Letters.average());
        Visa visa = doc.field("visa", false).isPresent() ? doc.enumValue("visa", false, Visa.class) : Visa.NONE;
        ImgCredentials img = doc.object("img", false).map(this::img).orElse(null);
        RedFlags redFlags = doc.object("redFlags", false).map(this::redFlags).orElse(RedFlags.none());
        List<String> languages = doc.list("languages", MAX_LIST, e -> e.text(MAX_TEXT));
        var ties = doc.object("ties", false).map(places::ties).orElse(Ties.none());
        var preferences =
                doc.object("preferences", false).map(places::preferences).orElse(Preferences.none());
        Budget budget = doc.object("budget", false).map(this::budget).orElse(Budget.unlimited());
        List<String> away = doc.list("awayRotations", MAX_LIST, e -> e.text(MAX_TEXT));
        String partner = doc.text("partner", false, MAX_TEXT);
        doc.rejectUnknown();
        if (type == null || school == null || graduationYear == null || exams == null || specialty == null) {
            return null;
        }
        return new Profile(
                label,
                type,
                school,
                graduationYear,
                exams,
                specialty,
                backups,
                experience,
                letters,
                visa == null ? Visa.NONE : visa,
                img,
                redFlags,
                languages,
                ties,
                preferences,
                budget,
                away,
                partner);
    }

    private School school(JsonFields school) {
        String stateCode = school.text("state", false, 2);
        String country = school.text("country", false, MAX_TEXT);
        school.rejectUnknown();
        UsState state = stateCode == null ? null : UsState.fromCode(stateCode).orElse(null);
        if (stateCode != null && state == null) {
            school.problem("state", "must be a two-letter US state code such as CA, got \"" + stateCode + "\"");
            return null;
        }
        if ((state == null) == (country == null)) {
            school.problem(null, "give exactly one of state (a US school) or country (an international school)");
            return null;
        }
        return new School(state, country);
    }

    private Experience experience(JsonFields e) {
        Integer research = e.integer("research", false, 0, Experience.MAX_RESEARCH);
        Integer publications = e.integer("publications", false, 0, Experience.MAX_PUBLICATIONS);
        Integer honors = e.integer("honors", false, 0, Experience.MAX_HONORS);
        boolean aoa = e.bool("aoa", false);
        boolean ghhs = e.bool("ghhs", false);
        e.rejectUnknown();
        return new Experience(orZero(research), orZero(publications), orZero(honors), aoa, ghhs);
    }

    private Letters letters(JsonFields l) {
        LetterStrength strength = l.field("strength", false).isPresent()
                ? l.enumValue("strength", false, LetterStrength.class)
                : LetterStrength.AVERAGE;
        boolean fromRegion = l.bool("fromTargetRegion", false);
        l.rejectUnknown();
        return strength == null ? Letters.average() : new Letters(strength, fromRegion);
    }

    private ImgCredentials img(JsonFields i) {
        boolean certified = i.bool("ecfmgCertified", false);
        Integer usce = i.integer("usceMonths", false, 0, ImgCredentials.MAX_USCE_MONTHS);
        i.rejectUnknown();
        return new ImgCredentials(certified, orZero(usce));
    }

    private RedFlags redFlags(JsonFields r) {
        Integer failures = r.integer("examFailures", false, 0, RedFlags.MAX_EXAM_FAILURES);
        boolean leave = r.bool("leaveOfAbsence", false);
        boolean professionalism = r.bool("professionalism", false);
        boolean unmatched = r.bool("priorUnmatched", false);
        r.rejectUnknown();
        return new RedFlags(orZero(failures), leave, professionalism, unmatched);
    }

    private Budget budget(JsonFields b) {
        Integer applications = b.integer("applications", false, 1, Budget.MAX_APPLICATIONS);
        Integer dollars = b.integer("dollars", false, 1, Budget.MAX_DOLLARS);
        b.rejectUnknown();
        return new Budget(applications, dollars);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static ProfileCheck invalid(String pointer, String message) {
        return new ProfileCheck.Invalid(List.of(new FieldProblem(pointer, message)));
    }
}
