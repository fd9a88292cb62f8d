package org.smartpick.engine.chance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.CensusDivision;
import org.smartpick.engine.GeoPoint;
import org.smartpick.engine.ProgramSetting;
import org.smartpick.engine.UsState;
import org.smartpick.engine.Visa;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.profile.Radius;
import org.smartpick.engine.season.Candidate;
import org.smartpick.engine.season.Program;

/** The factors that depend on the program: score against it, its competitiveness, fit, geography, rotations. */
final class ProgramFactors {
    private final ApplicantStanding standing;
    private final Profile p;
    private final ModelParameters m;
    private final Candidate candidate;
    private final Program program;
    private final List<Factor> out = new ArrayList<>();

    ProgramFactors(ApplicantStanding standing, ModelParameters parameters, Candidate candidate) {
        this.standing = standing;
        this.p = standing.applicant().profile();
        this.m = parameters;
        this.candidate = candidate;
        this.program = candidate.program();
    }

    List<Factor> all() {
        step2();
        competitivenessFactor();
        marketDemand();
        applicantTypeFit();
        size();
        homeState();
        personal();
        discountOverlappingTies(out, m.get(Parameter.GEO_OVERLAP));
        return out;
    }

    /**
     * The factors of the applicant's own relation to the program beyond home state — preferences, ties, letters,
     * rotations, visa — which published interview rates do not contain (model v2 adds them to the data's level).
     */
    List<Factor> personal() {
        geographicPreference();
        regionTie();
        radius();
        letterFromRegion();
        language();
        awayRotation();
        visa();
        return out;
    }

    private static final Set<String> GEOGRAPHIC_TIES =
            Set.of("in-state", "tie-state", "geo-preference", "region-tie", "radius");

    /**
     * The published effects of home state, geographic preference and region are each measured alone, but they
     * overlap (an in-state applicant usually also prefers the division): the strongest counts fully, the others in
     * part.
     */
    static void discountOverlappingTies(List<Factor> out, double share) {
        List<Factor> ties = new ArrayList<>(2);
        for (Factor f : out) {
            if (f.interview() > 0 && GEOGRAPHIC_TIES.contains(f.key())) {
                ties.add(f);
            }
        }
        if (ties.size() < 2) {
            return;
        }
        ties.sort(Comparator.comparingDouble((Factor f) -> f.interview()).reversed());
        String strongest = ties.get(0).sentence();
        for (Factor tie : ties.subList(1, ties.size())) {
            out.set(
                    out.indexOf(tie),
                    new Factor(
                            tie.key(),
                            tie.sentence() + " (overlaps with " + strongest + ")",
                            tie.interview() * share,
                            tie.match() * share));
        }
    }

    /** The program's competitiveness: its own when the catalog knows it, else from its setting. */
    double competitiveness() {
        if (candidate.competitiveness() != null) {
            return candidate.competitiveness();
        }
        return m.settingCompetitiveness(program.setting());
    }

    /** Step 2 CK against the specialty's matched median; competitive programs weigh it more. */
    private void step2() {
        if (standing.score().isEmpty()) {
            add("step2", "Step 2 CK pending: programs screen without it", m.get(Parameter.STEP2_PENDING), 0);
            return;
        }
        double gap = standing.score().getAsDouble() - standing.median();
        double weight =
                Math.max(0.3, 1 + m.get(Parameter.SCORE_BY_COMPETITIVENESS) * (competitiveness() + candidate.demand()));
        // The slopes are fitted on the model's own (conditional) scale, so they are not rescaled.
        out.add(new Factor(
                "step2",
                standing.scoreSentence(),
                gap * m.get(Parameter.STEP2_SLOPE_INTERVIEW) * weight,
                gap * m.get(Parameter.STEP2_SLOPE_MATCH)));
    }

    /** More competitive programs interview fewer applicants. */
    private void competitivenessFactor() {
        double c = competitiveness();
        if (c != 0) {
            String what = candidate.competitiveness() != null ? "Program" : settingLabel() + " program";
            add(
                    "competitiveness",
                    what + (c > 0 ? ": more" : ": less") + " competitive than average",
                    -c * m.get(Parameter.PROGRAM_COMPETITIVENESS),
                    0);
        }
    }

    /** A market that more applicants want than its positions can take (e.g. Greater Los Angeles) screens harder. */
    private void marketDemand() {
        if (candidate.demand() != 0) {
            add(
                    "market",
                    candidate.market()
                            + (candidate.demand() > 0
                                    ? " draws more applicants than average"
                                    : " draws fewer applicants than average"),
                    -candidate.demand() * m.get(Parameter.PROGRAM_COMPETITIVENESS),
                    0);
        }
    }

    /** IMGs and DOs are interviewed less by university programs, IMGs more by community and county ones. */
    private void applicantTypeFit() {
        if (p.applicantType().isImg() && candidate.imgOpenness() != null) {
            double open = candidate.imgOpenness();
            // concatenation, not String.format: this runs for every program an international graduate is scored on
            add(
                    "type-fit",
                    "its residents are " + (open >= 0 ? "more often" : "less often")
                            + " international graduates than its specialty's on average",
                    open,
                    0);
            return;
        }
        if (program.setting() == null) {
            return;
        }
        boolean university = program.setting() == ProgramSetting.UNIVERSITY;
        boolean community = program.setting() == ProgramSetting.COMMUNITY || program.setting() == ProgramSetting.COUNTY;
        if (p.applicantType().isImg() && university) {
            add(
                    "type-fit",
                    "university programs interview few international graduates",
                    m.get(Parameter.IMG_AT_UNIVERSITY),
                    0);
        } else if (p.applicantType().isImg() && community) {
            add(
                    "type-fit",
                    settingLabel() + " programs are more open to international graduates",
                    m.get(Parameter.IMG_AT_COMMUNITY),
                    0);
        } else if (p.applicantType() == ApplicantType.US_DO && university) {
            add("type-fit", "university programs interview fewer DO applicants", m.get(Parameter.DO_AT_UNIVERSITY), 0);
        }
    }

    /** Larger programs interview more applicants. */
    private void size() {
        Integer positions = program.pgy1Positions();
        if (positions != null && positions > 0) {
            double doublings = Math.log(positions / 8.0) / Math.log(2);
            add("size", positions + " PGY-1 positions", doublings * m.get(Parameter.PROGRAM_SIZE), 0);
        }
    }

    /** Programs favour applicants from their own state, and those with ties to it. */
    private void homeState() {
        UsState home =
                p.ties().homeState() != null ? p.ties().homeState() : p.school().state();
        if (program.state() == home) {
            add(
                    "in-state",
                    "in your home state (" + home.fullName() + ")",
                    m.get(Parameter.IN_STATE),
                    m.get(Parameter.MATCH_IN_STATE));
        } else if (p.ties().states().contains(program.state())) {
            add(
                    "tie-state",
                    "in a state you have ties to (" + program.state().fullName() + ")",
                    m.get(Parameter.TIE_STATE),
                    0);
        }
    }

    /** An ERAS geographic preference for the program's division helps; one that leaves it out hurts. */
    private void geographicPreference() {
        var divisions = p.preferences().divisions();
        if (divisions.isEmpty() || program.state().division().isEmpty()) {
            return;
        }
        CensusDivision division = program.state().division().get();
        if (divisions.contains(division)) {
            add(
                    "geo-preference",
                    "your ERAS geographic preference includes the " + division.label() + " division",
                    m.get(Parameter.GEO_ALIGNED),
                    0);
        } else {
            add(
                    "geo-preference",
                    "your ERAS geographic preference leaves out the " + division.label() + " division",
                    m.get(Parameter.GEO_UNALIGNED),
                    0);
        }
    }

    /** Ties to the program's named region (e.g. Greater Los Angeles). */
    private void regionTie() {
        p.ties().regions().stream()
                .filter(candidate.regions()::contains)
                .findFirst()
                .ifPresent(region -> add("region-tie", "ties to " + region, m.get(Parameter.REGION_TIE), 0));
    }

    /** A program inside the applicant's stated radius: the interest is credible. */
    private void radius() {
        Radius radius = p.preferences().radius();
        GeoPoint center = standing.applicant().radiusCenter();
        if (radius == null || center == null || program.point() == null) {
            return;
        }
        if (program.point().milesTo(center) <= radius.miles()) {
            add("radius", "within " + radius.miles() + " miles of " + radius.of(), m.get(Parameter.WITHIN_RADIUS), 0);
        }
    }

    /** A letter from a physician in the region the applicant targets, for programs in that region. */
    private void letterFromRegion() {
        if (!p.letters().fromTargetRegion()) {
            return;
        }
        boolean inTarget = p.preferences().states().contains(program.state())
                || p.preferences().regions().stream().anyMatch(candidate.regions()::contains);
        if (inTarget) {
            add("regional-letter", "a letter from a physician in this region", m.get(Parameter.LETTER_FROM_REGION), 0);
        }
    }

    /** States where Spanish is most spoken at home (US Census Bureau, American Community Survey). */
    static final Set<UsState> SPANISH_SPEAKING =
            EnumSet.of(UsState.CA, UsState.TX, UsState.NM, UsState.AZ, UsState.NV, UsState.FL);

    /** Spanish, at a program whose patients often speak it: mission fit programs look for (a prior). */
    private void language() {
        if (standing.speaksSpanish() && SPANISH_SPEAKING.contains(program.state())) {
            add(
                    "language",
                    "you speak Spanish, which many of " + program.state().fullName() + "'s patients speak",
                    m.get(Parameter.LANGUAGE_COMMUNITY),
                    0);
        }
    }

    /** An away rotation at the program is the strongest tie of all. */
    private void awayRotation() {
        if (p.awayRotations().contains(program.id())) {
            add(
                    "away-rotation",
                    "your away rotation here",
                    m.get(standing.competitive() ? Parameter.AWAY_COMPETITIVE : Parameter.AWAY_CORE),
                    m.get(Parameter.MATCH_AWAY));
        }
    }

    /** Visa needed and the program not known to sponsor it. */
    private void visa() {
        if (p.visa() != Visa.NONE && program.sponsors(p.visa()).isEmpty()) {
            add("visa", "not known to sponsor " + visaLabel(p.visa()) + " visas", m.get(Parameter.VISA_UNKNOWN), 0);
        }
    }

    static String visaLabel(Visa visa) {
        return visa == Visa.J1 ? "J-1" : "H-1B";
    }

    private String settingLabel() {
        return switch (program.setting()) {
            case UNIVERSITY -> "University";
            case UNIVERSITY_AFFILIATED -> "University-affiliated";
            case COMMUNITY -> "Community";
            case COUNTY -> "County";
            case VA_MILITARY -> "VA or military";
        };
    }

    /** Adds a factor given on the published (marginal) scale, converted to the model's conditional scale. */
    private void add(String key, String sentence, double interview, double match) {
        double k = m.conditionalScale();
        out.add(new Factor(key, sentence, k * interview, k * match));
    }
}
