package org.smartpick.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartpick.profile.Docs.json;
import static org.smartpick.profile.Docs.persona;
import static org.smartpick.profile.Docs.problems;
import static org.smartpick.profile.Docs.valid;
import static org.smartpick.profile.Docs.with;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartpick.Fixtures;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.FieldProblem;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.Visa;
import org.smartpick.engine.profile.ExamOutcome;
import org.smartpick.engine.profile.Profile;

class ProfileReaderTest {
    static List<Path> examples() {
        return Fixtures.exampleProfiles();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleIsValid(Path file) throws Exception {
        ProfileCheck check = Docs.READER.read(Files.readString(file));
        assertThat(check).as(check.toString()).isInstanceOf(ProfileCheck.Valid.class);
    }

    @Test
    void thereAreAtLeastSixExamplesAndTheFirstIsTheSeedPersona() {
        assertThat(examples()).hasSizeGreaterThanOrEqualTo(6);
        Profile persona = valid(persona());
        assertThat(persona.applicantType()).isEqualTo(ApplicantType.US_MD);
        assertThat(persona.exams().step1().outcome()).isEqualTo(ExamOutcome.PASS);
        assertThat(persona.exams().step2ck().score()).isEqualTo(226);
        assertThat(persona.specialty()).isEqualTo(Specialty.INTERNAL_MEDICINE);
        assertThat(persona.visa()).isEqualTo(Visa.NONE);
        assertThat(persona.budget().applications()).isEqualTo(60);
        assertThat(persona.preferences().regions()).contains("Greater Los Angeles");
    }

    @Test
    void aMinimalProfileGetsSensibleDefaults() {
        Profile p = valid(json("""
                {"applicantType":"US_MD","school":{"state":"CA"},"graduationYear":2026,
                 "exams":{"step2ck":{"pending":true}},"specialty":"PEDIATRICS"}"""));
        assertThat(p.visa()).isEqualTo(Visa.NONE);
        assertThat(p.exams().step2ck().isPending()).isTrue();
        assertThat(p.budget().applicationLimit()).isEmpty();
        assertThat(p.redFlags().any()).isFalse();
    }

    @Test
    void reportsEveryProblemAtOnce() {
        var doc = with(with(with(persona(), "/exams/step2ck/score", 320), "/experience/reserch", 2), "/visa", "H1");
        assertThat(problems(doc))
                .extracting(FieldProblem::pointer)
                .containsExactly("/exams/step2ck/score", "/experience/reserch", "/visa");
    }

    @Test
    void anUnknownFieldIsAnErrorWithASuggestion() {
        assertThat(problems(with(persona(), "/experience/reserch", 2)))
                .containsExactly(new FieldProblem(
                        "/experience/reserch", "is not a known field (did you mean" + " \"research\"?)"));
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        var doc = with(with(persona(), "/applicantType", null), "/specialty", null);
        assertThat(problems(doc))
                .containsExactly(
                        new FieldProblem("/applicantType", "is required"),
                        new FieldProblem("/specialty", "is required"));
    }

    @Test
    void aStep2ScoreOutsideTheScaleIsAnError() {
        assertThat(problems(with(persona(), "/exams/step2ck/score", 320)))
                .containsExactly(new FieldProblem("/exams/step2ck/score", "must be between 180 and 300, got 320"));
    }

    @Test
    void aScoreMustBeAWholeNumber() {
        assertThat(problems(with(persona(), "/exams/step2ck/score", "226")))
                .extracting(FieldProblem::message)
                .containsExactly("must be a whole number between 180 and 300");
    }

    @Test
    void aScoredExamIsEitherScoredOrPending() {
        assertThat(problems(with(persona(), "/exams/step2ck/pending", true)))
                .extracting(FieldProblem::pointer)
                .containsExactly("/exams/step2ck");
    }

    @Test
    void aFirstAttemptPassHasOneAttempt() {
        assertThat(problems(with(persona(), "/exams/step1/attempts", 2)))
                .extracting(FieldProblem::pointer)
                .containsExactly("/exams/step1/attempts");
    }

    @Test
    void anEnumValueListsTheAllowedValues() {
        assertThat(problems(with(persona(), "/applicantType", "MD")))
                .extracting(FieldProblem::message)
                .containsExactly("must be one of US_MD, US_DO, US_IMG, NON_US_IMG, got \"MD\"");
    }

    @Test
    void atMostThreeCensusDivisions() {
        var doc = with(
                persona(), "/preferences/divisions", List.of("PACIFIC", "MOUNTAIN", "NEW_ENGLAND", "SOUTH_ATLANTIC"));
        assertThat(problems(doc))
                .containsExactly(new FieldProblem("/preferences/divisions", "must have at most 3 entries, got 4"));
    }

    @Test
    void anUnknownRegionIsAClearError() {
        var problems = problems(with(persona(), "/preferences/regions", List.of("Hollywood Hills")));
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).pointer()).isEqualTo("/preferences/regions/0");
        assertThat(problems.get(0).message())
                .startsWith("\"Hollywood Hills\" is not a known region; known regions:")
                .contains("Los Angeles: San Fernando Valley");
    }

    @Test
    void aRegionAliasIsKeptUnderItsCanonicalName() {
        Profile p = valid(with(persona(), "/preferences/regions", List.of("san fernando valley", "IE")));
        assertThat(p.preferences().regions()).containsExactly("Los Angeles: San Fernando Valley", "Inland Empire");
    }

    @Test
    void aRadiusNeedsAKnownPlace() {
        assertThat(problems(with(persona(), "/preferences/radius/of", "Atlantis, ZZ")))
                .extracting(FieldProblem::pointer)
                .containsExactly("/preferences/radius/of");
        assertThat(problems(with(persona(), "/preferences/radius/of", "91401-1234")))
                .isEmpty();
    }

    @Test
    void anUnknownStateCodeIsAnError() {
        assertThat(problems(with(persona(), "/ties/states", List.of("CA", "XX"))))
                .containsExactly(new FieldProblem(
                        "/ties/states/1", "must be a two-letter US state code such as CA," + " got \"XX\""));
    }

    @Test
    void invalidJsonIsReportedWithItsPosition() {
        var check = (ProfileCheck.Invalid) Docs.READER.read("{\"applicantType\": \"US_MD\",\n \"school\": }");
        assertThat(check.problems()).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEmpty();
            assertThat(p.message()).startsWith("is not valid JSON (line 2");
        });
    }

    @Test
    void aDuplicateKeyIsAnError() {
        var check = Docs.READER.read("{\"specialty\": \"PEDIATRICS\", \"specialty\": \"SURGERY\"}");
        assertThat(((ProfileCheck.Invalid) check).problems().get(0).message()).contains("a key appears twice");
    }

    @Test
    void aDocumentMustBeAnObject() {
        assertThat(problems(json("[1, 2]"))).containsExactly(new FieldProblem("", "must be a JSON object"));
    }

    @Test
    void crossFieldRulesAreReportedBesideFieldProblems() {
        var doc = with(with(persona(), "/exams/comlex2", json("{\"score\": 500}")), "/experience/honors", 99);
        assertThat(problems(doc))
                .extracting(FieldProblem::pointer)
                .containsExactly("/exams/comlex2", "/experience/honors");
    }

    @Test
    void aFieldLeftOutBecauseItWasBadIsNotAlsoReportedMissing() {
        assertThat(problems(with(persona(), "/exams/step2ck/score", 999)))
                .extracting(FieldProblem::pointer)
                .containsExactly("/exams/step2ck/score");
    }
}
