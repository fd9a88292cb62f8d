package org.smartpick.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartpick.Fixtures;
import org.smartpick.engine.Specialty;

class ScoreCommandTest {
    static List<Path> examples() {
        return Fixtures.exampleProfiles();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleScores(Path example) {
        CliRun run = CliRun.of("score", example.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("INTERVIEW", "MATCH");
    }

    @Test
    void theSeedPersonaSeesHerScoreExplainedAtEveryLosAngelesProgram() {
        CliRun run = CliRun.of("score", "examples/01-la-low-step2-us-md.json");
        // the reasons under each row wrap to the terminal: compare the words
        assertThat(run.out().replaceAll("\\s+", " "))
                .contains(
                        "lac-usc-im",
                        "harbor-ucla-im",
                        "olive-view-ucla-im",
                        "+GOLD",
                        "+SILVER",
                        "Step 2 CK 226 is 23 points below a typical US MD applicant to Internal Medicine (249)",
                        "no published interview rates",
                        "lowers the interview chance here by about");
    }

    @Test
    void jsonCarriesEveryFactorAndEveryOutcome() throws Exception {
        CliRun run = CliRun.of("score", "examples/01-la-low-step2-us-md.json", "--format", "json");
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.get("specialty").asText()).isEqualTo("INTERNAL_MEDICINE");
        JsonNode first = doc.get("programs").get(0);
        assertThat(first.at("/outcomes/NONE/interview").asDouble()).isBetween(0.0, 1.0);
        assertThat(first.at("/outcomes/GOLD/success").asDouble())
                .isGreaterThan(first.at("/outcomes/NONE/success").asDouble());
        assertThat(first.get("factors").size()).isGreaterThan(3);
        assertThat(first.get("factors").get(0).has("sentence")).isTrue();
    }

    @Test
    void csvHasOneRowPerProgram() {
        CliRun run = CliRun.of(
                "score", "examples/03-us-do-family-medicine.json", "--format", "csv", "--specialty", "FAMILY_MEDICINE");
        String[] lines = run.out().split("\n");
        assertThat(lines[0]).startsWith("id,name,p_interview,p_interview_plain,p_match_given_interview,p_match");
        long familyMedicine = Fixtures.starterCatalog().programs().stream()
                .filter(p -> p.specialty() == Specialty.FAMILY_MEDICINE)
                .count();
        assertThat(lines).hasSize((int) (1 + familyMedicine));
    }

    @Test
    void aNonUsImgNeedingAVisaSeesTheProgramsThatSponsorNone() {
        CliRun run = CliRun.of("score", "examples/05-non-us-img-j1.json", "--specialty", "FAMILY_MEDICINE");
        assertThat(run.out()).contains("EXCLUDED: does not sponsor J-1 visas");
    }

    @Test
    void badInputIsExitTwo() {
        assertThat(CliRun.of("score", "examples/01-la-low-step2-us-md.json", "--specialty", "CARDIOLOGY")
                        .exitCode())
                .isEqualTo(2);
        assertThat(CliRun.of("score", "no-such.json").exitCode()).isEqualTo(2);
    }

    @Test
    void theModelReportRunsOnTheActiveCatalogAndStrictFailsOnlyOutsideTolerance() {
        CliRun run = CliRun.of("model", "report", "--national", "--strict");
        assertThat(run.out()).contains("catalog mix of");
        assertThat(run.exitCode()).isIn(0, 3);
        assertThat(CliRun.of("model", "report", "--strict").exitCode()).isZero();
    }

    @Test
    void theModelReportShowsPredictedBesidePublished() {
        CliRun run = CliRun.of("model", "report");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("PREDICTED", "PUBLISHED", "typical US_MD", "0.935", "All checks within" + " tolerance.");
    }
}
