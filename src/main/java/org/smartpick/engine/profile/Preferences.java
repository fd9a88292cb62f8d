package org.smartpick.engine.profile;

import java.util.List;
import org.smartpick.engine.CensusDivision;
import org.smartpick.engine.Invariants;
import org.smartpick.engine.ProgramSetting;
import org.smartpick.engine.UsState;

/**
 * Where and what the applicant wants: states, ERAS geographic-preference divisions (at most three), named regions,
 * a radius around a place, and program settings wanted or excluded. Empty lists mean no preference.
 */
public record Preferences(
        List<UsState> states,
        List<CensusDivision> divisions,
        List<String> regions,
        Radius radius,
        List<ProgramSetting> settingsWanted,
        List<ProgramSetting> settingsExcluded) {
    public Preferences {
        states = Invariants.list("states", states);
        divisions = Invariants.list("divisions", divisions);
        regions = Invariants.list("regions", regions);
        settingsWanted = Invariants.list("settingsWanted", settingsWanted);
        settingsExcluded = Invariants.list("settingsExcluded", settingsExcluded);
        if (divisions.size() > CensusDivision.MAX_PREFERRED) {
            throw new IllegalArgumentException("divisions: at most " + CensusDivision.MAX_PREFERRED + " allowed");
        }
    }

    public static Preferences none() {
        return new Preferences(List.of(), List.of(), List.of(), null, List.of(), List.of());
    }
}
