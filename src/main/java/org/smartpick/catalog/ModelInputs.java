package org.smartpick.catalog;

import java.util.LinkedHashSet;
import java.util.List;
import org.smartpick.engine.Applicant;
import org.smartpick.engine.Candidate;
import org.smartpick.engine.GeoPoint;
import org.smartpick.engine.Profile;
import org.smartpick.engine.Program;

/**
 * Turns catalog and profile data into the model's inputs, resolving what only the geography knows: the point a
 * radius preference is measured from, and the named regions each program lies in.
 */
public final class ModelInputs {
    private final Geography geography;

    public ModelInputs(Geography geography) {
        this.geography = geography;
    }

    /** The applicant; a radius preference's place must resolve (the profile reader has checked it). */
    public Applicant applicant(Profile profile) {
        GeoPoint center = profile.preferences().radius() == null ? null
                : geography.resolve(profile.preferences().radius().of()).map(Place::point).orElseThrow(() ->
                new IllegalArgumentException("unknown place " + profile.preferences().radius().of()));
        return new Applicant(profile, center);
    }

    public Candidate candidate(Program program) {
        var regions = CatalogQuery.placeOf(program, geography).map(place -> geography.regions().regionsOf(place))
                .orElse(List.of());
        return new Candidate(program, new LinkedHashSet<>(regions), null);
    }

    public List<Candidate> candidates(List<Program> programs) {
        return programs.stream().map(this::candidate).toList();
    }
}
