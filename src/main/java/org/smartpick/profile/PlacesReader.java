package org.smartpick.profile;

import java.util.List;
import java.util.stream.Collectors;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.catalog.geo.Region;
import org.smartpick.engine.CensusDivision;
import org.smartpick.engine.ProgramSetting;
import org.smartpick.engine.UsState;
import org.smartpick.engine.profile.Preferences;
import org.smartpick.engine.profile.Radius;
import org.smartpick.engine.profile.Ties;

/** Reads the geographic parts of a profile — ties and preferences — checking states, regions and places. */
final class PlacesReader {
    private final Geography geography;

    PlacesReader(Geography geography) {
        this.geography = geography;
    }

    Ties ties(JsonFields t) {
        String home = t.text("homeState", false, 2);
        UsState homeState = home == null ? null : UsState.fromCode(home).orElse(null);
        if (home != null && homeState == null) {
            t.problem("homeState", stateRule(home));
        }
        List<UsState> states = t.list("states", UsState.values().length, this::state);
        List<String> metros = t.list("metros", ProfileReader.MAX_LIST, e -> e.text(ProfileReader.MAX_TEXT));
        List<String> regions = t.list("regions", ProfileReader.MAX_LIST, this::region);
        t.rejectUnknown();
        return new Ties(homeState, states, metros, regions);
    }

    Preferences preferences(JsonFields p) {
        List<UsState> states = p.list("states", UsState.values().length, this::state);
        List<CensusDivision> divisions =
                p.list("divisions", CensusDivision.MAX_PREFERRED, e -> e.enumValue(CensusDivision.class));
        List<String> regions = p.list("regions", ProfileReader.MAX_LIST, this::region);
        Radius radius = p.object("radius", false).map(this::radius).orElse(null);
        List<ProgramSetting> wanted =
                p.list("settingsWanted", ProgramSetting.values().length, e -> e.enumValue(ProgramSetting.class));
        List<ProgramSetting> excluded =
                p.list("settingsExcluded", ProgramSetting.values().length, e -> e.enumValue(ProgramSetting.class));
        p.rejectUnknown();
        List<CensusDivision> kept = divisions.size() > CensusDivision.MAX_PREFERRED
                ? divisions.subList(0, CensusDivision.MAX_PREFERRED)
                : divisions;
        return new Preferences(states, kept, regions, radius, wanted, excluded);
    }

    private Radius radius(JsonFields r) {
        Integer miles = r.integer("miles", true, 1, Radius.MAX_MILES);
        String of = r.text("of", true, ProfileReader.MAX_TEXT);
        r.rejectUnknown();
        if (of != null && geography.resolve(of).isEmpty()) {
            r.problem("of", "\"" + of + "\" is not a known place: it " + Geography.placeRule());
            return null;
        }
        return miles == null || of == null ? null : new Radius(miles, of);
    }

    private UsState state(JsonFields.Element e) {
        String code = e.text(2);
        if (code == null) {
            return null;
        }
        UsState state = UsState.fromCode(code).orElse(null);
        if (state == null) {
            e.problem(stateRule(code));
        }
        return state;
    }

    /** A region by name or alias, kept under its canonical name. */
    private String region(JsonFields.Element e) {
        String name = e.text(ProfileReader.MAX_TEXT);
        if (name == null) {
            return null;
        }
        return geography.regions().find(name).map(Region::name).orElseGet(() -> {
            e.problem("\"" + name + "\" is not a known region; known regions: "
                    + geography.regions().all().stream().map(Region::name).collect(Collectors.joining("; ")));
            return null;
        });
    }

    private static String stateRule(String code) {
        return "must be a two-letter US state code such as CA, got \"" + code + "\"";
    }
}
