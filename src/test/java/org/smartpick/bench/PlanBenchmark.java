package org.smartpick.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.smartpick.catalog.ProgramCatalog;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.catalog.imports.NationalImport;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.recommend.RecommendationOptions;
import org.smartpick.profile.ProfileCheck;
import org.smartpick.profile.ProfileReader;
import org.smartpick.reference.ModelParameterFile;
import org.smartpick.reference.ReferenceData;
import org.smartpick.report.Planner;
import org.smartpick.report.PreparedCatalog;

/**
 * The whole plan the API answers for the seed persona — the recommendation with its backups and the strategy
 * (area steps, realism, advice prices) — on the bundled catalog or on the national import of ../shared/data
 * ({@code -p catalog=national}, imported in the setup). Run with scripts/bench.sh PlanBenchmark; figures in
 * docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PlanBenchmark {
    @Param({"starter", "national"})
    public String catalog;

    private Planner planner;
    private Profile profile;
    private ProgramCatalog programs;
    private PreparedCatalog prepared;
    private RecommendationOptions options;

    @Setup
    public void setUp() throws Exception {
        Geography geography = Geography.bundled();
        var season = ReferenceData.latest();
        planner = new Planner(geography, new ChanceModel(ModelParameterFile.bundled(), season));
        String json = Files.readString(Path.of("examples/01-la-low-step2-us-md.json"));
        profile = ((ProfileCheck.Valid) new ProfileReader(geography, season.year()).read(json)).profile();
        options = RecommendationOptions.forProfile(profile);
        programs = catalog.equals("national") ? national(geography) : ProgramCatalog.starter(geography.zips());
        prepared = PreparedCatalog.of(geography, programs);
    }

    private static ProgramCatalog national(Geography geography) throws Exception {
        Path root = Path.of(System.getProperty("smartpick.shared.data", "../shared/data"));
        var result = new NationalImport(geography.zips())
                .run(
                        new NationalImport.Sources(
                                list(root.resolve("residency-explorer-2021/exports")),
                                        list(root.resolve("eras-2021/lists")),
                                List.of(
                                                root.resolve("nrmp/program-results-2020.csv"),
                                                root.resolve("nrmp/program-results-2020-2026-florida.csv")),
                                        List.of(),
                                list(root.resolve("aamc-interviews-2024")), NationalImport.DEFAULT_RATE_SEASON),
                        (a, b) -> {});
        return new ProgramCatalog("national", result.programs());
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    /** As the command line plans: the catalog's candidates built for the one plan. */
    @Benchmark
    public Planner.Result personaPlan() {
        return planner.plan(profile, programs, options, List.of());
    }

    /** As the server plans: the active version's candidates built once and kept. */
    @Benchmark
    public Planner.Result personaPlanPrepared() {
        return planner.plan(profile, prepared, options, List.of());
    }
}
