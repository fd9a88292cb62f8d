package org.smartpick.engine.recommend;

import java.util.ArrayList;
import java.util.List;
import org.smartpick.engine.GeoPoint;
import org.smartpick.engine.ProgramSetting;
import org.smartpick.engine.UsState;
import org.smartpick.engine.profile.Applicant;
import org.smartpick.engine.profile.Preferences;
import org.smartpick.engine.profile.Radius;
import org.smartpick.engine.season.Candidate;
import org.smartpick.engine.season.Program;

/**
 * Where the applicant will train: the union of the preferred states, named regions and radius — everywhere when
 * the profile names none — less the program settings they exclude. Programs outside it are not recommended.
 */
public record SearchArea(
        List<UsState> states,
        List<String> regions,
        Radius radius,
        GeoPoint center,
        List<ProgramSetting> excludedSettings) {
    public SearchArea {
        states = List.copyOf(states);
        regions = List.copyOf(regions);
        excludedSettings = List.copyOf(excludedSettings);
    }

    public static SearchArea of(Applicant applicant) {
        Preferences p = applicant.profile().preferences();
        return new SearchArea(p.states(), p.regions(), p.radius(), applicant.radiusCenter(), p.settingsExcluded());
    }

    /** The same area with another region added (a what-if). */
    public SearchArea widenedTo(String region) {
        return widened(List.of(region), List.of());
    }

    /** The same area with these regions and states added. */
    public SearchArea widened(List<String> moreRegions, List<UsState> moreStates) {
        List<String> allRegions = new ArrayList<>(regions);
        moreRegions.stream().filter(r -> !allRegions.contains(r)).forEach(allRegions::add);
        List<UsState> allStates = new ArrayList<>(states);
        moreStates.stream().filter(s -> !allStates.contains(s)).forEach(allStates::add);
        return new SearchArea(allStates, allRegions, radius, center, excludedSettings);
    }

    public boolean isEverywhere() {
        return states.isEmpty() && regions.isEmpty() && radius == null;
    }

    public boolean contains(Candidate candidate) {
        Program program = candidate.program();
        if (program.setting() != null && excludedSettings.contains(program.setting())) {
            return false;
        }
        return isEverywhere()
                || states.contains(program.state())
                || regions.stream().anyMatch(candidate.regions()::contains)
                || withinRadius(program);
    }

    private boolean withinRadius(Program program) {
        return radius != null
                && center != null
                && program.point() != null
                && program.point().milesTo(center) <= radius.miles();
    }

    /** "Greater Los Angeles or within 60 miles of Los Angeles, CA", for sentences. */
    public String describe() {
        if (isEverywhere()) {
            return "anywhere in the US";
        }
        List<String> parts = new ArrayList<>(regions);
        states.forEach(s -> parts.add(s.fullName()));
        if (radius != null) {
            parts.add("within " + radius.miles() + " miles of " + radius.of());
        }
        return String.join(" or ", parts);
    }
}
