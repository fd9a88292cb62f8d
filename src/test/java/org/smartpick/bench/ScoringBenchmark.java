package org.smartpick.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.smartpick.catalog.Geography;
import org.smartpick.catalog.ModelInputs;
import org.smartpick.catalog.ModelParameterFile;
import org.smartpick.catalog.ProgramCatalog;
import org.smartpick.catalog.ReferenceData;
import org.smartpick.engine.Applicant;
import org.smartpick.engine.Candidate;
import org.smartpick.engine.ChanceModel;
import org.smartpick.engine.Program;
import org.smartpick.engine.ProgramChance;
import org.smartpick.engine.Specialty;
import org.smartpick.profile.ProfileCheck;
import org.smartpick.profile.ProfileReader;

/**
 * Scoring a national-size catalog (6,000 Internal Medicine programs: the starter catalog's programs repeated with
 * new ids) for the seed persona. Run with scripts/bench.sh; figures in docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScoringBenchmark {
    static final int PROGRAMS = 6_000;

    private ChanceModel model;
    private Applicant applicant;
    private List<Candidate> candidates;

    @Setup
    public void setUp() throws Exception {
        Geography geography = Geography.bundled();
        var season = ReferenceData.latest();
        model = new ChanceModel(ModelParameterFile.bundled(), season);
        String json = Files.readString(Path.of("examples/01-la-low-step2-us-md.json"));
        var profile = ((ProfileCheck.Valid) new ProfileReader(geography, season.year()).read(json)).profile();
        ModelInputs inputs = new ModelInputs(geography);
        applicant = inputs.applicant(profile);
        List<Program> starter = ProgramCatalog.starter(geography.zips()).programs();
        List<Candidate> all = new ArrayList<>();
        for (int i = 0; all.size() < PROGRAMS; i++) {
            Program p = starter.get(i % starter.size());
            Program copy = new Program(p.id() + "-" + i, null, Specialty.INTERNAL_MEDICINE, p.name(), p.institution(),
                    p.city(), p.state(), p.zip(), p.point(), p.setting(), p.pgy1Positions(), p.policy(), p.url(),
                    p.source(), p.verified(), p.notes());
            all.add(inputs.candidate(copy));
        }
        candidates = all;
    }

    @Benchmark
    public List<ProgramChance> scoreNationalCatalog() {
        return model.forApplicant(applicant, Specialty.INTERNAL_MEDICINE).assessAll(candidates);
    }
}
