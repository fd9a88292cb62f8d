package org.smartpick.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartpick.cli.common.ProfileFiles;

class CliTest {
    @Test
    void helpListsTheCommands() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("profile", "catalog");
        assertThat(CliRun.of("profile", "check", "--help").out()).contains("FILE", "--season");
        assertThat(CliRun.of("catalog", "list", "--help").out()).contains("--within", "--of", "--format");
    }

    @Test
    void aValidProfileIsSummarisedWithExitZero() {
        CliRun run = CliRun.of("profile", "check", "examples/01-la-low-step2-us-md.json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("US MD applicant", "Step 2 CK 226", "Internal Medicine", "60 applications");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anInvalidProfileListsItsProblemsOnStderrWithExitTwo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(
                file,
                "{\"applicantType\": \"US_MD\", \"school\": {\"state\": \"CA\"}, \"graduationYear\": 2025,"
                        + " \"exams\": {\"step2ck\": {\"score\": 320}}, \"specialty\": \"INTERNAL_MEDICINE\", \"visa\": 1}");
        CliRun run = CliRun.of("profile", "check", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains(
                        "2 problem(s)",
                        "/exams/step2ck/score: must be between 180 and 300, got 320",
                        "/visa: must be one of NONE, J1, H1B");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void commandsWithoutACsvFormRefuseIt() {
        // these printed their table for --format csv before; now the option itself says which forms there are
        for (String[] args : new String[][] {
            {"track", "plan.json", "--format", "csv"},
            {"market", "simulate", "--format", "csv"},
            {"match", "odds", "examples/01-la-low-step2-us-md.json", "rank.json", "--format", "csv"}
        }) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err()).contains("--format", "[table, json]", "csv");
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void theReadmesBadExampleGetsItsTwoProblems() {
        CliRun run = CliRun.of("profile", "check", "examples/bad.json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains(
                        "examples/bad.json: 2 problem(s):",
                        "/exams/step2ck/score: must be between 180 and 300, got 320",
                        "/experiance: is not a known field (did you mean \"experience\"?)");
    }

    @Test
    void inputsBeyondTheirBoundsAreBadInputNamingTheFile(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.json");
        Files.write(big, new byte[ProfileFiles.MAX_PROFILE_BYTES + 10]);
        CliRun huge = CliRun.of("profile", "check", big.toString());
        assertThat(huge.exitCode()).isEqualTo(2);
        assertThat(huge.err()).contains("big.json", "larger than 1 MB");
        Path latin = dir.resolve("latin.json");
        Files.write(latin, new byte[] {'{', '"', (byte) 0xE9, '"', '}'});
        assertThat(CliRun.of("profile", "check", latin.toString()).err()).contains("latin.json", "not UTF-8");
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "{}");
        CliRun match = CliRun.of("match", "run", empty.toString());
        assertThat(match.exitCode()).isEqualTo(2);
        assertThat(match.err()).contains("at least one program and one applicant");
        CliRun budget =
                CliRun.of("recommend", "examples/01-la-low-step2-us-md.json", "--budget-applications", "100000");
        assertThat(budget.exitCode()).isEqualTo(2);
        assertThat(budget.err()).contains("--budget-applications: must be between 1 and 500");
        // each broken invariant of the options is said of the flag that broke it
        assertThat(CliRun.of("recommend", "examples/01-la-low-step2-us-md.json", "--budget-dollars", "0")
                        .err())
                .contains("--budget-dollars: must be between 1 and 50000, got 0");
        CliRun marginal = CliRun.of("recommend", "examples/01-la-low-step2-us-md.json", "--marginal", "100");
        assertThat(marginal.exitCode()).isEqualTo(2);
        assertThat(marginal.err()).contains("--marginal: must be between 0 and 100, got 100.0");
    }

    @Test
    void aMissingFileIsBadInput() {
        CliRun run = CliRun.of("profile", "check", "no/such/file.json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no such file");
    }

    @Test
    void aDatabaseFileThatCannotBeMadeIsOneLineNamingTheDirectory() {
        var stderr = new ByteArrayOutputStream();
        var original = System.err;
        CliRun run;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            run = CliRun.of("catalog", "stats", "--db", "jdbc:h2:file:/proc/no-such-dir/smartpick");
        } finally {
            System.setErr(original);
        }
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip())
                .doesNotContain("\n")
                .contains("cannot create the directory /proc/no-such-dir for the H2 database file");
        assertThat(stderr.toString(StandardCharsets.UTF_8))
                .as("nothing printed past the CLI")
                .isEmpty();
    }

    @Test
    void anUnknownSeasonIsBadInput() {
        CliRun run = CliRun.of("profile", "check", "--season", "1999", "examples/01-la-low-step2-us-md.json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--season: no reference data for season 1999");
    }

    @Test
    void theCatalogListsAsATable() {
        CliRun run = CliRun.of("catalog", "list", "--region", "Los Angeles: San Fernando Valley");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("olive-view-ucla-im", "northridge-fm").doesNotContain("harbor-ucla-im");
    }

    @Test
    void theCatalogListsWithinADistanceWithTheMiles() {
        CliRun run =
                CliRun.of("catalog", "list", "--specialty", "internal-medicine", "--within", "30", "--of", "91401");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("MILES", "olive-view-ucla-im").doesNotContain("loma-linda-im");
    }

    @Test
    void theCatalogListsAsJsonAndCsv() throws Exception {
        CliRun json =
                CliRun.of("catalog", "list", "--state", "CA", "--specialty", "TRANSITIONAL_YEAR", "--format", "json");
        assertThat(new ObjectMapper().readTree(json.out()).get(0).get("id").asText())
                .isEqualTo("scripps-mercy-ty");
        CliRun csv = CliRun.of("catalog", "list", "--specialty", "TRANSITIONAL_YEAR", "--format", "csv");
        assertThat(csv.out()).startsWith("id,acgme_id,specialty").contains("scripps-mercy-ty");
    }

    @Test
    void badCatalogFiltersAreClearErrors() {
        assertThat(CliRun.of("catalog", "list", "--region", "Hollywood").err()).contains("unknown region");
        assertThat(CliRun.of("catalog", "list", "--within", "30").err()).contains("--within and --of go together");
        assertThat(CliRun.of("catalog", "list", "--within", "30", "--of", "Nowhere, ZZ")
                        .err())
                .contains("is not a known place");
        assertThat(CliRun.of("catalog", "list", "--specialty", "CARDIOLOGY").exitCode())
                .isEqualTo(2);
        assertThat(CliRun.of("catalog", "list", "--format", "xml").exitCode()).isEqualTo(2);
    }

    @Test
    void anOperatorCatalogWithProblemsIsRejectedWithEveryProblem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("catalog.csv");
        Files.writeString(file, "id,specialty,name,city,state,source\na,CARDIOLOGY,A,Fresno,CA,s\n");
        CliRun run = CliRun.of("catalog", "list", "--catalog", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("catalog.csv:2 [specialty] \"CARDIOLOGY\"");
    }

    @Test
    void anOperatorCatalogIsUsedInsteadOfTheStarterOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("catalog.csv");
        Files.writeString(
                file,
                "id,specialty,name,city,state,source\nfresno-im,INTERNAL_MEDICINE,UCSF Fresno IM,"
                        + "Fresno,CA,hand-written test row\n");
        CliRun run = CliRun.of("catalog", "list", "--catalog", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("fresno-im", "1 of 1 programs");
    }

    @Test
    void everyCommandSummaryIsAWholeSentenceAndCompletionIsGenerated() {
        String help = CliRun.of("--help").out();
        String commands = help.substring(help.indexOf("Commands:") + "Commands:".length());
        // One summary per command; continuation lines are indented further than the command names.
        String[] entries = commands.strip().split("\\n  (?=\\S)");
        assertThat(entries)
                .hasSizeGreaterThan(8)
                .allSatisfy(e -> assertThat(e.strip()).endsWith("."));
        CliRun completion = CliRun.of("generate-completion");
        assertThat(completion.exitCode()).isZero();
        assertThat(completion.out()).startsWith("#!/usr/bin/env bash").contains("smartpick");
    }

    @Test
    void serveDocumentsItsEnvironmentFallbacksAndRefusesABadPort() {
        assertThat(CliRun.of("serve", "--help").out())
                .contains("$SMARTPICK_PORT", "$SMARTPICK_HOST", "$SMARTPICK_DB_URL");
        CliRun run = CliRun.of("serve", "--port", "70000");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--port", "between 0 and 65535");
        assertThat(CliRun.of("serve", "--port", "eighty").exitCode()).isEqualTo(2);
    }
}
