package org.smartpick.catalog.geo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.smartpick.engine.CensusDivision;
import org.smartpick.engine.UsState;
import org.smartpick.engine.profile.Preferences;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.recommend.WhatIf;

/**
 * The ways to widen an applicant's area, in the seed article's order: the named regions that contain the preferred
 * ones (Greater Los Angeles, then Southern California), the whole home state, the state with its neighbours
 * (California with Arizona, Nevada and Oregon), then the Census division. Each step contains the ones before it.
 * An applicant who names no area already searches everywhere and gets none.
 */
public final class WideningSteps {
    private final Geography geography;

    public WideningSteps(Geography geography) {
        this.geography = geography;
    }

    public List<WhatIf.Widening> of(Profile profile) {
        Preferences p = profile.preferences();
        if (p.states().isEmpty() && p.regions().isEmpty() && p.radius() == null) {
            return List.of();
        }
        List<WhatIf.Widening> steps = new ArrayList<>();
        List<String> regions = new ArrayList<>();
        for (String region : widerRegions(profile)) {
            regions.add(region);
            steps.add(new WhatIf.Widening(region, regions, List.of()));
        }
        Set<UsState> home = homeStates(profile);
        Set<UsState> states = new LinkedHashSet<>(home);
        if (!p.states().containsAll(home) && !home.isEmpty()) {
            steps.add(new WhatIf.Widening("all of " + names(home), regions, List.copyOf(states)));
        }
        Set<UsState> neighbours = new LinkedHashSet<>();
        home.forEach(s -> neighbours.addAll(StateBorders.of(s)));
        neighbours.removeAll(states);
        neighbours.removeAll(p.states());
        if (!neighbours.isEmpty()) {
            states.addAll(neighbours);
            steps.add(new WhatIf.Widening(names(home) + " with " + names(neighbours), regions, List.copyOf(states)));
        }
        Set<CensusDivision> divisions = new LinkedHashSet<>();
        home.forEach(s -> s.division().ifPresent(divisions::add));
        Set<UsState> division = new LinkedHashSet<>();
        for (UsState s : UsState.values()) {
            if (s.division().filter(divisions::contains).isPresent() && !states.contains(s)) {
                division.add(s);
            }
        }
        division.removeAll(p.states());
        if (!division.isEmpty()) {
            states.addAll(division);
            steps.add(new WhatIf.Widening(
                    "the " + divisions.stream().map(CensusDivision::label).collect(Collectors.joining(" and "))
                            + " division too (" + names(division) + ")",
                    regions,
                    List.copyOf(states)));
        }
        return steps;
    }

    /** Named regions wider than the profile's preferred ones (not already preferred), narrowest first. */
    public List<String> widerRegions(Profile profile) {
        LinkedHashSet<String> wider = new LinkedHashSet<>();
        for (String name : profile.preferences().regions()) {
            geography
                    .regions()
                    .find(name)
                    .ifPresent(region -> geography
                            .regions()
                            .widerThan(region, geography.zips())
                            .forEach(r -> wider.add(r.name())));
        }
        wider.removeAll(profile.preferences().regions());
        return List.copyOf(wider);
    }

    /** The states the area lies in: the preferred states, the preferred regions' and the radius centre's. */
    public Set<UsState> homeStates(Profile profile) {
        Preferences p = profile.preferences();
        Set<UsState> home = new LinkedHashSet<>(p.states());
        p.regions().forEach(name -> geography.regions().find(name).ifPresent(r -> home.add(r.state())));
        if (p.radius() != null) {
            geography.resolve(p.radius().of()).ifPresent(place -> home.add(place.state()));
        }
        return home;
    }

    private static String names(Set<UsState> states) {
        List<String> names = states.stream()
                .map(UsState::fullName)
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
