package org.smartpick.engine.chance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartpick.engine.CensusDivision;
import org.smartpick.engine.ProgramSetting;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;
import org.smartpick.engine.Visa;
import org.smartpick.engine.profile.Experience;
import org.smartpick.engine.profile.ImgCredentials;
import org.smartpick.engine.profile.LetterStrength;
import org.smartpick.engine.profile.Letters;
import org.smartpick.engine.profile.Preferences;
import org.smartpick.engine.profile.ProfileBuilder;
import org.smartpick.engine.profile.Radius;
import org.smartpick.engine.profile.RedFlags;
import org.smartpick.engine.profile.School;
import org.smartpick.engine.profile.Ties;
import org.smartpick.engine.recommend.Recommendations;
import org.smartpick.engine.season.Candidate;

/**
 * Every factor the model can name, one case each: the profile that earns it, at a program of the starter catalog
 * in Los Angeles (model v2's path, with the program's interview baseline), and the direction it moves the interview
 * chance. A factor key the factor classes can write but no case names fails the last test.
 */
class FactorKeysTest {
    private static final String LA_PROGRAM = "kaiser-la-im";

    /**
     * A factor key, what earns it, whether it raises (+1) or lowers (−1) the interview chance, and whether it is
     * model v1's (the program without an interview baseline: the starter catalog's priors) or v2's.
     */
    record Case(String key, Consumer<ProfileBuilder> earn, ProfileBuilder base, int direction, boolean v1) {
        @Override
        public String toString() {
            return key;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                md("step2", b -> {}, -1), // 226 against a matched median near 250
                md("in-state", b -> {}, +1), // a California school, a California program
                md("program-level", b -> {}, -1),
                md("reference", b -> {}, -1),
                md("cv", b -> b.experience = new Experience(1, 0, 1, false, false), -1),
                md(
                        "tie-state",
                        b -> {
                            b.school = School.inState(UsState.TX);
                            b.ties = new Ties(UsState.TX, List.of(UsState.CA), List.of(), List.of());
                        },
                        +1),
                md("geo-preference", b -> b.preferences = preferences(List.of(), null, true), +1),
                md(
                        "region-tie",
                        b -> b.ties = new Ties(null, List.of(), List.of(), List.of("Greater Los Angeles")),
                        +1),
                md("radius", b -> b.preferences = preferences(List.of(), new Radius(60, "Los Angeles, CA"), false), +1),
                md(
                        "regional-letter",
                        b -> {
                            b.letters = new Letters(LetterStrength.AVERAGE, true);
                            b.preferences = preferences(List.of(UsState.CA), null, false);
                        },
                        +1),
                md("language", b -> b.languages = List.of("English", "Spanish"), +1),
                md("away-rotation", b -> b.awayRotations = List.of(LA_PROGRAM), +1),
                md("letters", b -> b.letters = new Letters(LetterStrength.STRONG, false), +1),
                v1(md("aoa", b -> b.experience = new Experience(0, 0, 0, true, false), +1)),
                v1(md("research", b -> b.experience = new Experience(2, 0, 0, false, false), +1)),
                v1(md("publications", b -> b.experience = new Experience(0, 3, 0, false, false), +1)),
                v1(md("honors", b -> b.experience = new Experience(0, 0, 3, false, false), +1)),
                v1(md("competitiveness", b -> {}, +1)), // a community program: less competitive than average
                v1(md("market", b -> {}, -1)), // Greater Los Angeles draws more applicants than its positions
                v1(md("size", b -> {}, +1)), // 24 positions here (below)
                md("ghhs", b -> b.experience = new Experience(0, 0, 0, false, true), +1),
                md("exam-failures", b -> b.redFlags = new RedFlags(1, false, false, false), -1),
                md("leave", b -> b.redFlags = new RedFlags(0, true, false, false), -1),
                md("professionalism", b -> b.redFlags = new RedFlags(0, false, true, false), -1),
                md("prior-unmatched", b -> b.redFlags = new RedFlags(0, false, false, true), -1),
                md("years-since-graduation", b -> b.graduationYear = 2017, -1),
                v1(md("competitive-specialty", b -> b.specialty = Specialty.ORTHOPAEDIC_SURGERY, -1)),
                img("ecfmg", b -> b.img = new ImgCredentials(false, 12), -1),
                img("usce", b -> b.img = new ImgCredentials(true, 1), -1),
                img("visa", b -> b.visa = Visa.J1, -1),
                v1(img("type-fit", b -> {}, +1))); // a community program: more open to international graduates
    }

    private static Case md(String key, Consumer<ProfileBuilder> earn, int direction) {
        return new Case(key, earn, ProfileBuilder.usMd(), direction, false);
    }

    private static Case img(String key, Consumer<ProfileBuilder> earn, int direction) {
        return new Case(key, earn, ProfileBuilder.nonUsImg(), direction, false);
    }

    private static Case v1(Case c) {
        return new Case(c.key(), c.earn(), c.base(), c.direction(), true);
    }

    private static Preferences preferences(List<UsState> states, Radius radius, boolean pacific) {
        return new Preferences(
                states, pacific ? List.of(CensusDivision.PACIFIC) : List.of(), List.of(), radius, List.of(), List.of());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachFactorIsNamedWhereItAppliesAndMovesTheChanceItsWay(Case c) {
        c.earn().accept(c.base());
        var profile = c.base().build();
        Candidate at = candidate(profile.specialty());
        if (c.v1()) {
            at = new Candidate(
                    at.program().withPgy1Positions(24),
                    at.regions(),
                    at.competitiveness(),
                    at.demand(),
                    at.market(),
                    at.imgOpenness(),
                    null);
        }
        List<Reason> reasons = Models.MODEL
                .forApplicant(Recommendations.INPUTS.applicant(profile), profile.specialty())
                .assess(at)
                .reasons();
        assertThat(reasons).extracting(Reason::key).contains(c.key());
        Reason r = reasons.stream()
                .filter(x -> x.key().equals(c.key()))
                .findFirst()
                .orElseThrow();
        assertThat(Math.signum(r.interview())).as(r.text()).isEqualTo((double) c.direction());
        assertThat(r.text()).isNotBlank();
    }

    @Test
    void everyKeyTheFactorsCanWriteHasACase() throws Exception {
        Pattern written = Pattern.compile("(?:add|Factor)\\(\\s*\"([a-z][a-z0-9-]*)\"");
        Set<String> keys = new TreeSet<>();
        for (String file : List.of("ApplicantFactors", "ProgramFactors", "ObservedProgramFactors")) {
            Matcher m = written.matcher(
                    Files.readString(Path.of("src/main/java/org/smartpick/engine/chance/" + file + ".java")));
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        assertThat(keys).hasSizeGreaterThan(20);
        assertThat(cases().map(Case::key)).containsAll(keys);
    }

    /** Kaiser Los Angeles for Internal Medicine (a community program); the same city's program otherwise. */
    private static Candidate candidate(Specialty specialty) {
        return Recommendations.CATALOG.stream()
                .filter(c -> specialty == Specialty.INTERNAL_MEDICINE
                        ? c.program().id().equals(LA_PROGRAM)
                        : c.program().specialty() == specialty
                                && c.program().state() == UsState.CA
                                && c.program().setting() == ProgramSetting.COMMUNITY)
                .findFirst()
                .orElseThrow();
    }
}
