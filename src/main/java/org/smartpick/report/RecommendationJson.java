package org.smartpick.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smartpick.engine.Signal;
import org.smartpick.engine.recommend.Recommendation;
import org.smartpick.engine.recommend.RecommendedProgram;
import org.smartpick.engine.recommend.WhatIfResult;

/** A recommendation as a JSON-ready structure (everything), the same for the command line and the web API. */
final class RecommendationJson {
    private RecommendationJson() {}

    public static Map<String, Object> json(Recommendation r, List<WhatIfResult> whatIfs) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("specialty", r.specialty().name());
        doc.put("objective", r.objective().name());
        doc.put("area", r.area());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("pMatch", r.outlook().pMatch());
        summary.put("pMatchLow", r.outlook().pMatchLow());
        summary.put("pMatchHigh", r.outlook().pMatchHigh());
        summary.put("pMatchIfIndependent", r.outlook().pMatchIfIndependent());
        summary.put("expectedInterviews", r.outlook().expectedInterviews());
        summary.put("value", r.value());
        summary.put("applications", r.programs().size());
        summary.put("cost", r.cost());
        summary.put("recommendedApplications", r.recommendedApplications());
        summary.put("pMatchAtRecommended", r.pMatchAtRecommended());
        summary.put("programsScored", r.candidates());
        doc.put("summary", summary);
        doc.put("curve", r.curve());
        List<Map<String, Object>> programs = new ArrayList<>();
        for (RecommendedProgram p : r.programs()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rank", p.rank());
            row.put("id", p.program().id());
            row.put("name", p.program().name());
            row.put("city", p.program().site().city());
            row.put("state", p.program().state().name());
            row.put("setting", p.program().setting());
            row.put("kind", p.program().kind());
            row.put("url", p.program().url());
            row.put("visaJ1", p.program().policy().sponsorsJ1());
            row.put("visaH1b", p.program().policy().sponsorsH1b());
            row.put(
                    "pgy1Positions",
                    p.program().pgy1Positions() != null
                            ? p.program().pgy1Positions()
                            : p.program().stats().explorer().positionsOffered());
            row.put("newProgram", p.program().stats().explorer().isNew().orElse(false));
            row.put(
                    "latitude",
                    p.program().point() == null ? null : p.program().point().latitude());
            row.put(
                    "longitude",
                    p.program().point() == null ? null : p.program().point().longitude());
            row.put("tier", p.tier());
            row.put("signal", p.signal());
            row.put("fee", p.fee());
            row.put("utility", p.utility());
            row.put("outcome", p.outcome());
            row.put("outcomeWithoutSignal", p.chance().outcome(Signal.NONE));
            row.put("interviewRates", p.program().stats().interviewRates());
            row.put("factors", p.chance().reasons());
            programs.add(row);
        }
        doc.put("programs", programs);
        doc.put(
                "signals",
                r.signalPlan().stream()
                        .map(p -> JsonDocuments.fields("id", p.program().id(), "signal", p.signal()))
                        .toList());
        doc.put("backups", r.backups());
        doc.put("whatIf", whatIfs);
        doc.put("advice", r.advice());
        doc.put(
                "excluded",
                r.excluded().stream()
                        .map(c -> JsonDocuments.fields("id", c.program().id(), "reason", c.excludedBecause()))
                        .toList());
        return doc;
    }
}
