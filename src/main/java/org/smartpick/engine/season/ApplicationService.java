package org.smartpick.engine.season;

import org.smartpick.engine.Invariants;

/**
 * The service a specialty's applications go through (ERAS for most; OB/GYN moved to ResidencyCAS), with where that
 * is published and whether its fees are known to SmartPick. When they are not, the ERAS schedule is shown as an
 * estimate and says so.
 *
 * @param feesKnown whether the season's fee schedule is this service's own (false: ERAS's, as an estimate)
 */
public record ApplicationService(String name, boolean feesKnown, String source) {
    public static final ApplicationService ERAS =
            new ApplicationService("ERAS", true, "AAMC ERAS, the application service of most specialties");

    public ApplicationService {
        Invariants.present("name", Invariants.text("name", name));
        Invariants.present("source", Invariants.text("source", source));
    }
}
