package org.smartpick.engine.profile;

import org.smartpick.engine.GeoPoint;
import org.smartpick.engine.Invariants;

/**
 * A profile ready for the model: the profile and the point its radius preference is measured from, which the
 * catalog's geography resolved (null when the profile states no radius).
 */
public record Applicant(Profile profile, GeoPoint radiusCenter) {
    public Applicant {
        Invariants.present("profile", profile);
        if (profile.preferences().radius() != null && radiusCenter == null) {
            throw new IllegalArgumentException("a profile with a radius preference needs its resolved center");
        }
    }
}
