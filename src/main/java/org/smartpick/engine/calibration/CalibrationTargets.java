package org.smartpick.engine.calibration;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The published figures the model is fitted to and checked against (docs/model.md, "Calibration").
 *
 * @param ranksCore         contiguous ranks at which a typical US senior reaches {@code rankTargetP} in a core
 *                          specialty
 * @param ranksCompetitive  the same in a competitive specialty
 * @param rankOddsRatio     odds ratio of matching per contiguous rank, US seniors, other specialties
 * @param step2UsMd         P(match) of US MDs in Internal Medicine by Step 2 CK
 * @param step2NonUsImg     P(match) of non-US IMGs in Internal Medicine by Step 2 CK
 * @param ranksOfMatched    programs ranked (≈ interviews) by matched applicants, on average
 * @param ranksOfUnmatched  the same for unmatched applicants
 */
public record CalibrationTargets(
        double rankTargetP,
        int ranksCore,
        int ranksCompetitive,
        double rankOddsRatio,
        Map<Integer, Double> step2UsMd,
        Map<Integer, Double> step2NonUsImg,
        double nonUsImgInternalMedicine,
        double ranksOfMatched,
        double ranksOfUnmatched,
        double nonUsImgFamilyMedicine) {
    public CalibrationTargets {
        // by score, so that the fit's loss adds its terms in one order on every JVM (Map.of's order is not fixed)
        step2UsMd = Collections.unmodifiableMap(new TreeMap<>(step2UsMd));
        step2NonUsImg = Collections.unmodifiableMap(new TreeMap<>(step2NonUsImg));
    }

    public static CalibrationTargets published() {
        return new CalibrationTargets(
                0.90, // Charting Outcomes 2007: US seniors reach 0.90 predicted P(match) at about 4 ranks (other) …
                4,
                11, // … and about 11 ranks in competitive specialties (facts.md §3)
                1.36, // Charting Outcomes 2007: each contiguous rank, US seniors, other specialties (facts.md §3)
                // Inverted from Charting Outcomes 2026 matched/unmatched distributions, US MD, IM (facts.md §2 [C])
                Map.of(220, 0.76, 230, 0.90, 240, 0.96, 250, 0.99),
                // The same for non-US IMGs in Internal Medicine (facts.md §2 [C])
                Map.of(220, 0.28, 230, 0.36, 240, 0.44, 250, 0.53),
                0.485, // Charting Outcomes 2026: non-US IMGs who ranked Internal Medicine first, 48.5% matched
                10, // NRMP 2015: matched applicants ranked about 10 programs on average … (facts.md §3 [S])
                4, // … unmatched applicants about 4
                0.539); // Charting Outcomes 2026: non-US IMGs who ranked Family Medicine first, 53.9% matched
    }
}
