package org.smartpick.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.smartpick.engine.ProgramSetting;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;
import org.smartpick.engine.season.Candidate;
import org.smartpick.engine.season.Program;
import org.smartpick.engine.season.ProgramPolicy;
import org.smartpick.engine.season.ProgramStats;
import org.smartpick.engine.season.Provenance;
import org.smartpick.engine.season.Site;
import org.smartpick.match.MarketOutcome;
import org.smartpick.match.MarketPolicy;
import org.smartpick.match.MarketSimulation;
import org.smartpick.reference.MarketData;
import org.smartpick.reference.ModelParameterFile;
import org.smartpick.reference.ReferenceData;

/**
 * A national synthetic season without the licensed data: 4,000 programs in the national import's proportions
 * (Internal Medicine, Family Medicine, Pediatrics, Psychiatry, Surgery, Emergency Medicine, preliminary and
 * transitional tracks …), 39,000 positions, 46,000 applicants — drawing, applications, screening, interviews, rank
 * lists and the Match, single-threaded. Run with scripts/bench.sh MarketBenchmark -f 1.
 *
 * <p>Five single-shot warm-up seasons, because a season's large methods are still being compiled in the first
 * three or four (each of those takes about twice a warm one); a server simulates many seasons per JVM.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
public class MarketBenchmark {
    /** Specialty, programs, mean positions: roughly the national import's mix. */
    private static final Object[][] MIX = {
        {Specialty.INTERNAL_MEDICINE, 530, 17},
        {Specialty.FAMILY_MEDICINE, 665, 7},
        {Specialty.PEDIATRICS, 200, 15},
        {Specialty.PSYCHIATRY, 255, 7},
        {Specialty.SURGERY, 320, 5},
        {Specialty.EMERGENCY_MEDICINE, 265, 11},
        {Specialty.INTERNAL_MEDICINE_PRELIMINARY, 270, 29},
        {Specialty.SURGERY_PRELIMINARY, 225, 10},
        {Specialty.TRANSITIONAL_YEAR, 150, 10},
        {Specialty.OBSTETRICS_GYNECOLOGY, 275, 5},
        {Specialty.ORTHOPAEDIC_SURGERY, 190, 5},
        {Specialty.PATHOLOGY, 135, 4},
        {Specialty.OTOLARYNGOLOGY, 120, 3},
        {Specialty.NEUROLOGICAL_SURGERY, 115, 2},
        {Specialty.INTERNAL_MEDICINE_PEDIATRICS, 77, 5},
        {Specialty.PLASTIC_SURGERY, 83, 2}
    };

    private List<Candidate> catalog;
    private MarketSimulation simulation;
    private long seed;

    @Setup
    public void setUp() {
        catalog = national(new Random(2026));
        simulation =
                new MarketSimulation(MarketData.season(2026), ModelParameterFile.bundled(), ReferenceData.latest());
    }

    @Benchmark
    public MarketOutcome nationalSeason() {
        return simulation.run(catalog, simulation.applicantsFor(catalog), Map.of(), MarketPolicy.NONE, seed++);
    }

    static List<Candidate> national(Random r) {
        UsState[] states = UsState.values();
        ProgramSetting[] settings = ProgramSetting.values();
        List<Candidate> out = new ArrayList<>();
        for (Object[] row : MIX) {
            for (int k = 0; k < (int) row[1]; k++) {
                int positions = Math.max(1, (int) Math.round((int) row[2] * Math.exp(0.5 * r.nextGaussian() - 0.125)));
                Program p = new Program(
                        "b" + out.size(),
                        null,
                        (Specialty) row[0],
                        "Program " + out.size(),
                        "H",
                        new Site("C", states[r.nextInt(states.length)], null, null),
                        settings[r.nextInt(settings.length)],
                        Math.min(positions, 200),
                        new ProgramPolicy(r.nextInt(3) > 0, null, null, null, null),
                        null,
                        new Provenance("benchmark", false, null),
                        ProgramStats.NONE);
                out.add(Candidate.of(p));
            }
        }
        return out;
    }
}
