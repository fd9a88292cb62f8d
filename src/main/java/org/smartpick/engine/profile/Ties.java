package org.smartpick.engine.profile;

import java.util.List;
import org.smartpick.engine.Invariants;
import org.smartpick.engine.UsState;

/**
 * Geographic ties programs value: the home state, other states with ties (school, family, work), metro areas
 * (free text such as "Los Angeles") and named regions (names from the region data, checked when read).
 */
public record Ties(UsState homeState, List<UsState> states, List<String> metros, List<String> regions) {
    public Ties {
        states = Invariants.list("states", states);
        metros = Invariants.list("metros", metros);
        regions = Invariants.list("regions", regions);
    }

    public static Ties none() {
        return new Ties(null, List.of(), List.of(), List.of());
    }
}
