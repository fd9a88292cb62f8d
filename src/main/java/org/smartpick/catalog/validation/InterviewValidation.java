package org.smartpick.catalog.validation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smartpick.catalog.ModelInputs;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.calibration.InterviewRateFit;
import org.smartpick.engine.calibration.TypicalChances;
import org.smartpick.engine.calibration.ValidationTable;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.engine.chance.InterviewRateModel;
import org.smartpick.engine.season.Candidate;
import org.smartpick.engine.season.InterviewRates;
import org.smartpick.engine.season.Program;

/**
 * K-fold cross-validation of the interview model by program (docs/model.md, "Validation"): the programs with
 * published rates are split into folds by a hash of their id; each fold's programs lose their rates, are scored by
 * a model fitted on the other folds (their sibling programs' rates in other folds included, as a new catalog's would
 * be) and compared with what they published.
 */
public final class InterviewValidation {
    private final Geography geography;
    private final ChanceModel model;
    private final InterviewRateFit fit;

    public InterviewValidation(Geography geography, ChanceModel model, InterviewRateFit fit) {
        this.geography = geography;
        this.model = model;
        this.fit = fit;
    }

    /** Model v2 cross-validated on {@code folds} folds. */
    public ValidationTable crossValidate(List<Program> catalog, int folds) {
        ValidationTable table = new ValidationTable();
        TypicalChances typical = new TypicalChances(model);
        for (int f = 0; f < folds; f++) {
            Set<String> leftOut = new HashSet<>();
            for (Program p : catalog) {
                if (p.stats().interviewRates() != null && fold(p.id(), folds) == f) {
                    leftOut.add(p.id());
                }
            }
            List<Program> hidden = catalog.stream()
                    .map(p -> leftOut.contains(p.id()) ? p.withStats(p.stats().withInterviewRates(null)) : p)
                    .toList();
            InterviewRateModel fitted = fit.fit("cross-validation fold " + (f + 1), hidden);
            Map<String, InterviewRates> published = new HashMap<>();
            catalog.stream()
                    .filter(p -> leftOut.contains(p.id()))
                    .forEach(p -> published.put(p.id(), p.stats().interviewRates()));
            score(new ModelInputs(geography, fitted).candidates(hidden), published, typical, table);
        }
        return table;
    }

    /** Model v1 (no interview data) on the same programs, for the figure before. */
    public ValidationTable withoutData(List<Program> catalog) {
        ValidationTable table = new ValidationTable();
        Map<String, InterviewRates> published = new HashMap<>();
        catalog.stream()
                .filter(p -> p.stats().interviewRates() != null)
                .forEach(p -> published.put(p.id(), p.stats().interviewRates()));
        score(new ModelInputs(geography, null).candidates(catalog), published, new TypicalChances(model), table);
        return table;
    }

    private static void score(
            List<Candidate> candidates,
            Map<String, InterviewRates> published,
            TypicalChances typical,
            ValidationTable table) {
        for (Candidate c : candidates) {
            InterviewRates rates = published.get(c.program().id());
            if (rates == null) {
                continue;
            }
            for (ApplicantType type : ApplicantType.values()) {
                if (rates.of(type).isPresent()) {
                    table.add(
                            new ValidationTable.Observation(c.program().specialty(), type, typical.at(c, type), rates));
                }
            }
        }
    }

    /** A program's fold: a mixed hash of its id, so that folds do not follow the catalog's order. */
    static int fold(String id, int folds) {
        long h = id.hashCode() * 0x9E3779B97F4A7C15L;
        return (int) Math.floorMod(h ^ (h >>> 29), (long) folds);
    }
}
