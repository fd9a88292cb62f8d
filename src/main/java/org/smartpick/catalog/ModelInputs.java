package org.smartpick.catalog;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.catalog.geo.Place;
import org.smartpick.catalog.geo.Region;
import org.smartpick.catalog.geo.WideningSteps;
import org.smartpick.engine.GeoPoint;
import org.smartpick.engine.chance.InterviewRateModel;
import org.smartpick.engine.chance.ProgramFeatures;
import org.smartpick.engine.profile.Applicant;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.recommend.WhatIf;
import org.smartpick.engine.season.Candidate;
import org.smartpick.engine.season.Program;
import org.smartpick.engine.season.ProgramBaseline;
import org.smartpick.reference.InterviewModelFile;

/**
 * Turns catalog and profile data into the model's inputs, resolving what only the geography knows: the point a
 * radius preference is measured from, and the named regions each program lies in.
 */
public final class ModelInputs {
    private final Geography geography;
    private final InterviewRateModel interviews;

    /** With the committed interview model (model v2). */
    public ModelInputs(Geography geography) {
        this(geography, InterviewModelFile.bundled());
    }

    /** With the given interview model; null scores every program with model v1's priors. */
    public ModelInputs(Geography geography, InterviewRateModel interviews) {
        this.geography = geography;
        this.interviews = interviews;
    }

    /** The applicant; a radius preference's place must resolve (the profile reader has checked it). */
    public Applicant applicant(Profile profile) {
        GeoPoint center = profile.preferences().radius() == null
                ? null
                : geography
                        .resolve(profile.preferences().radius().of())
                        .map(Place::point)
                        .orElseThrow(() -> new IllegalArgumentException("unknown place "
                                + profile.preferences().radius().of()));
        return new Applicant(profile, center);
    }

    /** The program with its regions and the demand of its market (the highest demand of its regions). */
    public Candidate candidate(Program program) {
        var regions = CatalogQuery.placeOf(program, geography)
                .map(place -> geography.regions().regionsOf(place))
                .orElse(List.of());
        Region market = null;
        for (String name : regions) {
            Region region = geography.regions().find(name).orElseThrow();
            if (region.demand() != 0 && (market == null || Math.abs(region.demand()) > Math.abs(market.demand()))) {
                market = region;
            }
        }
        return new Candidate(
                program,
                new LinkedHashSet<>(regions),
                null,
                market == null ? 0 : market.demand(),
                market == null ? null : market.name(),
                null);
    }

    /** The steps of widening the profile's area, in the seed article's order ({@link WideningSteps}). */
    public List<WhatIf.Widening> widenings(Profile profile) {
        return new WideningSteps(geography).of(profile);
    }

    /**
     * The programs as candidates, with what their published statistics say relative to their specialty and, where
     * the interview model covers the specialty, their interview baselines.
     */
    public List<Candidate> candidates(List<Program> programs) {
        ProgramStandards standards = ProgramStandards.of(programs);
        Map<String, ProgramBaseline> baselines = baselines(programs);
        return programs.stream()
                .map(p -> {
                    Candidate c = standards.apply(candidate(p));
                    ProgramBaseline b = baselines.get(p.id());
                    return b == null ? c : c.withBaseline(b);
                })
                .toList();
    }

    /** The baselines of one catalog list under one interview model (null: model v1 only). */
    private record Baselines(List<Program> programs, InterviewRateModel model, Map<String, ProgramBaseline> byId) {}

    /**
     * Baselines depend on the catalog alone, not on the applicant, and cost far more than scoring (a bisection per
     * program and type): they are computed once per catalog list — the server's active catalog, which every request
     * shares — and reused while the same list and model come back.
     */
    private static volatile Baselines last;

    private Map<String, ProgramBaseline> baselines(List<Program> programs) {
        if (interviews == null) {
            return Map.of();
        }
        Baselines cached = last;
        if (cached != null && cached.programs() == programs && cached.model() == interviews) {
            return cached.byId();
        }
        ProgramFeatures features = ProgramFeatures.of(programs);
        Map<String, ProgramBaseline> byId = new HashMap<>();
        for (Program p : programs) {
            interviews.baseline(p, features.of(p)).ifPresent(b -> byId.put(p.id(), b));
        }
        Map<String, ProgramBaseline> frozen = Map.copyOf(byId);
        last = new Baselines(programs, interviews, frozen);
        return frozen;
    }
}
