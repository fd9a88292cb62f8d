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
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.engine.portfolio.Objective;
import org.smartpick.engine.profile.Applicant;
import org.smartpick.engine.recommend.Recommendation;
import org.smartpick.engine.recommend.RecommendationOptions;
import org.smartpick.engine.recommend.Recommender;
import org.smartpick.engine.recommend.SearchArea;
import org.smartpick.engine.season.Candidate;
import org.smartpick.reference.ModelParameterFile;
import org.smartpick.reference.ReferenceData;

/**
 * The optimizer at the size the issue names: 600 candidate Internal Medicine programs, a budget of 60
 * applications, 3 gold and 12 silver signals, correlated evaluation (greedy to the end of the curve, then local
 * search). Run with scripts/bench.sh OptimizerBenchmark; figures in docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OptimizerBenchmark {
    static final int CANDIDATES = 600;

    private Recommender recommender;
    private Applicant applicant;
    private List<Candidate> candidates;
    private RecommendationOptions options;

    @Setup
    public void setUp() throws Exception {
        Geography geography = Geography.bundled();
        var season = ReferenceData.latest();
        recommender = new Recommender(new ChanceModel(ModelParameterFile.bundled(), season));
        ModelInputs inputs = new ModelInputs(geography);
        applicant = BenchCatalogs.persona(geography, inputs, season.year());
        candidates = BenchCatalogs.internalMedicine(geography, inputs, CANDIDATES);
        options = new RecommendationOptions(Objective.MATCH, 60, null, 0.5, 60, 0);
    }

    @Benchmark
    public Recommendation recommend600Candidates60Applications() {
        SearchArea everywhere = new SearchArea(List.of(), List.of(), null, null, List.of());
        return recommender.recommend(applicant, candidates, options, everywhere);
    }
}
