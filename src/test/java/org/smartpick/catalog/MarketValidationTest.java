package org.smartpick.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.smartpick.Fixtures;
import org.smartpick.SharedData;
import org.smartpick.catalog.imports.NationalImport;
import org.smartpick.catalog.imports.SpecialtyDemand;
import org.smartpick.match.MarketCheck;
import org.smartpick.match.MarketOutcome;
import org.smartpick.match.MarketPolicy;
import org.smartpick.match.MarketSimulation;
import org.smartpick.match.MatchResult;
import org.smartpick.reference.MarketData;
import org.smartpick.reference.ModelParameterFile;
import org.smartpick.reference.ReferenceData;

/**
 * The market simulator on the national catalog imported from ../shared/data reproduces the published national
 * outcomes — match rates by applicant type, the overall match rate and the fill rate — within the tolerances of
 * {@link MarketCheck}, on two seeds.
 */
class MarketValidationTest {
    @Test
    void aNationalSeasonReproducesThePublishedMatchRatesByApplicantType() throws Exception {
        Path root = SharedData.require("residency-explorer-2021/combined.csv")
                .getParent()
                .getParent();
        var imported = new NationalImport(Fixtures.geography().zips())
                .run(
                        new NationalImport.Sources(
                                list(root.resolve("residency-explorer-2021/exports")),
                                        list(root.resolve("eras-2021/lists")),
                                List.of(
                                                root.resolve("nrmp/program-results-2020.csv"),
                                                root.resolve("nrmp/program-results-2020-2026-florida.csv")),
                                        List.of()),
                        (a, b) -> {});
        var candidates = new ModelInputs(Fixtures.geography()).candidates(imported.programs());
        var figures = MarketData.season(2026);
        var simulation = new MarketSimulation(figures, ModelParameterFile.bundled(), ReferenceData.latest());
        int applicants = simulation.applicantsFor(candidates);
        assertThat(applicants).isGreaterThan(40_000);
        for (long seed : new long[] {2026, 7}) {
            MarketOutcome o = simulation.run(candidates, applicants, Map.of(), MarketPolicy.NONE, seed);
            assertThat(o.status()).isEqualTo(MatchResult.Status.STABLE);
            assertThat(MarketCheck.of(o, figures, ReferenceData.latest()))
                    .allSatisfy(line -> assertThat(line.within())
                            .as(line.name() + ": simulated " + line.simulated() + ", published " + line.published())
                            .isTrue());
        }
    }

    @Test
    void thePublishedSpecialtyCountsRead() throws Exception {
        Path counts = SharedData.require("nrmp/specialty-counts-2025.csv");
        try (var reader = Files.newBufferedReader(counts)) {
            SpecialtyDemand.Result r = SpecialtyDemand.read(counts.toString(), reader);
            assertThat(r.applicants()).hasSizeGreaterThan(25);
            assertThat(r.skipped()).hasSizeLessThanOrEqualTo(4);
        }
    }

    private static List<Path> list(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
