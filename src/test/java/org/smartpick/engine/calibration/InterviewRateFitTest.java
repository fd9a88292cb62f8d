package org.smartpick.engine.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.ProgramSetting;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;
import org.smartpick.engine.chance.BaselineQuantiles;
import org.smartpick.engine.chance.InterviewRateModel;
import org.smartpick.engine.chance.ProgramFeatures;
import org.smartpick.engine.season.ExplorerFigures;
import org.smartpick.engine.season.InterviewRates;
import org.smartpick.engine.season.Program;
import org.smartpick.engine.season.ProgramBaseline;
import org.smartpick.engine.season.ProgramPolicy;
import org.smartpick.engine.season.ProgramStats;
import org.smartpick.engine.season.Provenance;
import org.smartpick.engine.season.ResidentMix;
import org.smartpick.engine.season.ScoreRange;
import org.smartpick.engine.season.Site;
import org.smartpick.reference.ModelParameterFile;
import org.smartpick.reference.ReferenceData;

/**
 * The fit on a made-up catalog whose interview rates follow a known rule: the residents' US MD share drives the US
 * MD rate and the specialty sets its level. The fit must find the rule, be calibrated, and weigh own rates.
 */
class InterviewRateFitTest {
    private static final InterviewRateFit FIT =
            new InterviewRateFit(new SpecialtyEvidenceFit(ReferenceData.latest(), ModelParameterFile.bundled()));

    /** The made-up rule: logit(US MD rate) = level + 0.8 · ln((share + 2) / 42). */
    static double rule(Specialty s, double share) {
        double level = s == Specialty.INTERNAL_MEDICINE ? -1.0 : -2.0;
        return level + 0.8 * Math.log((share + 2) / 42.0);
    }

    static List<Program> catalog() {
        List<Program> out = new ArrayList<>();
        for (Specialty s : List.of(Specialty.INTERNAL_MEDICINE, Specialty.DIAGNOSTIC_RADIOLOGY)) {
            for (int i = 0; i < 60; i++) {
                double md = 5 + (i * 37) % 80;
                double rate = Math.round(100 / (1 + Math.exp(-rule(s, md)))) / 100.0;
                ProgramStats stats = new ProgramStats(
                        new ExplorerFigures(
                                500,
                                10.0,
                                8,
                                8,
                                new ResidentMix(md, 5.0, 5.0, 100 - md - 10),
                                new ScoreRange(220, 240),
                                null,
                                null),
                        "Participating",
                        null,
                        new InterviewRates(
                                2024,
                                rate,
                                rate / 2,
                                rate / 5,
                                rate / 8,
                                Math.min(1, rate * 2),
                                rate / 2,
                                null,
                                null,
                                null,
                                null));
                out.add(new Program(
                        s.name() + "-" + i,
                        null,
                        s,
                        "Program " + i,
                        null,
                        new Site("Columbus", UsState.OH, null, null),
                        ProgramSetting.COMMUNITY,
                        8,
                        ProgramPolicy.UNKNOWN,
                        null,
                        new Provenance("test", false, null),
                        stats));
            }
        }
        return out;
    }

    @Test
    void theFitFindsTheRuleAndIsCalibratedOnProgramsItDidNotSee() {
        List<Program> catalog = catalog();
        Set<String> leftOut = new HashSet<>();
        catalog.stream()
                .filter(p -> p.id().endsWith("0") || p.id().endsWith("5"))
                .forEach(p -> leftOut.add(p.id()));
        InterviewRateModel model = FIT.fit("test", catalog, leftOut);
        ProgramFeatures features = ProgramFeatures.of(catalog);
        double[] predicted = catalog.stream()
                .filter(p -> leftOut.contains(p.id()))
                .mapToDouble(p -> model.baseline(withoutRates(p), features.of(p))
                        .orElseThrow()
                        .of(ApplicantType.US_MD)
                        .getAsDouble())
                .toArray();
        double[] observed = catalog.stream()
                .filter(p -> leftOut.contains(p.id()))
                .mapToDouble(p -> p.stats().interviewRates().usMd())
                .toArray();
        assertThat(RankCorrelation.spearman(predicted, observed)).isGreaterThan(0.9);
        double meanPredicted = Arrays.stream(predicted)
                .map(x -> 1 / (1 + Math.exp(-x)))
                .average()
                .orElseThrow();
        double meanObserved = Arrays.stream(observed).average().orElseThrow();
        assertThat(meanPredicted / meanObserved).isBetween(0.9, 1.1);
    }

    private static Program withoutRates(Program p) {
        return p.withStats(p.stats().withInterviewRates(null));
    }

    @Test
    void theFitIsDeterministic() {
        InterviewRateModel a = FIT.fit("a", catalog());
        InterviewRateModel b = FIT.fit("b", catalog());
        assertThat(a.types().get(ApplicantType.US_MD).slopes())
                .containsExactly(b.types().get(ApplicantType.US_MD).slopes());
    }

    @Test
    void anOwnRateIsWeighedByHowNoisyItIs() {
        List<Program> catalog = catalog();
        InterviewRateModel model = FIT.fit("test", catalog);
        ProgramFeatures features = ProgramFeatures.of(catalog);
        Program p = catalog.get(3);
        double predicted = model.baseline(withoutRates(p), features.of(p))
                .orElseThrow()
                .of(ApplicantType.US_MD)
                .getAsDouble();
        double tau2 = model.types().get(ApplicantType.US_MD).residualVariance();
        double zero = model.shrink(0.0, predicted, tau2);
        double third = model.shrink(0.30, predicted, tau2);
        // A published 0.00 (below 0.005, from perhaps a handful of applicants) moves the prediction far less than
        // its own log-odds would: it stays well above logit(0.0025).
        assertThat(zero).isGreaterThan(Math.log(0.0025 / 0.9975) + 2).isLessThan(predicted);
        assertThat(third).isCloseTo(Math.log(0.3 / 0.7), within(Math.abs(predicted - Math.log(0.3 / 0.7)) / 2));
    }

    @Test
    void aProgramWithoutStatisticsGetsTheSettingModelAndOneWithRatesSaysSo() {
        List<Program> catalog = new ArrayList<>(catalog());
        Program bare = new Program(
                "bare",
                null,
                Specialty.INTERNAL_MEDICINE,
                "Bare",
                null,
                new Site("Columbus", UsState.OH, null, null),
                ProgramSetting.COMMUNITY,
                null,
                ProgramPolicy.UNKNOWN,
                null,
                new Provenance("test", false, null),
                ProgramStats.NONE);
        catalog.add(bare);
        InterviewRateModel model = FIT.fit("test", catalog);
        ProgramFeatures features = ProgramFeatures.of(catalog);
        ProgramBaseline b = model.baseline(bare, features.of(bare)).orElseThrow();
        assertThat(b.observed()).isEmpty();
        assertThat(b.of(ApplicantType.US_MD).getAsDouble())
                .isCloseTo(
                        model.settingTypes()
                                .get(ApplicantType.US_MD)
                                .predict(Specialty.INTERNAL_MEDICINE, ProgramFeatures.settingOnly(features.of(bare))),
                        within(1e-12));
        ProgramBaseline own =
                model.baseline(catalog.get(0), features.of(catalog.get(0))).orElseThrow();
        assertThat(own.observed()).containsExactlyInAnyOrder(ApplicantType.values());
        assertThat(model.baseline(catalog.get(0).withStats(ProgramStats.NONE), features.of(catalog.get(0))))
                .isPresent();
        Program uncovered = new Program(
                "u",
                null,
                Specialty.UROLOGY,
                "U",
                null,
                new Site("Columbus", UsState.OH, null, null),
                null,
                null,
                ProgramPolicy.UNKNOWN,
                null,
                new Provenance("test", false, null),
                ProgramStats.NONE);
        assertThat(model.baseline(uncovered, features.of(uncovered))).isEmpty();
    }

    @Test
    void theSpreadsOfTheBaselinesAreThoseOfTheCatalog() {
        InterviewRateModel model = FIT.fit("test", catalog());
        double[] q = model.types().get(ApplicantType.US_MD).spread().get(Specialty.INTERNAL_MEDICINE);
        assertThat(q).hasSize(BaselineQuantiles.QUANTILES);
        assertThat(q[q.length / 2]).isBetween(-3.0, 0.0);
        assertThat(q[q.length - 1]).isGreaterThan(q[0]);
        assertThat(BaselineQuantiles.quantiles(List.of(new double[] {1, 1}, new double[] {2, 3})))
                .startsWith(1.0)
                .endsWith(2.0);
    }
}
