package org.smartpick.engine.profile;

import org.smartpick.engine.Invariants;
import org.smartpick.engine.UsState;

/** Where the applicant studied medicine: a US state for US schools, a country for international ones. */
public record School(UsState state, String country) {
    public School {
        country = Invariants.text("country", country);
        if ((state == null) == (country == null)) {
            throw new IllegalArgumentException("school needs exactly one of state (US school) or country");
        }
    }

    public static School inState(UsState state) {
        return new School(state, null);
    }

    public static School abroad(String country) {
        return new School(null, country);
    }

    public boolean isUs() {
        return state != null;
    }
}
