package org.smartpick.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.smartpick.catalog.ModelInputs;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.engine.chance.ProgramChance;
import org.smartpick.engine.profile.Applicant;
import org.smartpick.engine.season.Candidate;
import org.smartpick.reference.ModelParameterFile;
import org.smartpick.reference.ReferenceData;

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
        ModelInputs inputs = new ModelInputs(geography);
        applicant = BenchCatalogs.persona(geography, inputs, season.year());
        candidates = BenchCatalogs.internalMedicine(geography, inputs, PROGRAMS);
    }

    @Benchmark
    public List<ProgramChance> scoreNationalCatalog() {
        return model.forApplicant(applicant, Specialty.INTERNAL_MEDICINE).assessAll(candidates);
    }
}
