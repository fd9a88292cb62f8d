package org.smartpick.catalog;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.catalog.geo.WideningSteps;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;
import org.smartpick.engine.profile.Profile;

/**
 * What the active catalog covers — its name, its programs and the states they are in — and where a profile's
 * specialty or area lies outside it, said plainly instead of a silent 0 %.
 */
public record CatalogCoverage(String name, int programs, List<UsState> states, Set<Specialty> specialties) {
    static final String IMPORT_HINT = "import the national catalog (docs/data.md, \"Importing a national catalog\")";

    public CatalogCoverage {
        states = List.copyOf(states);
        specialties = Set.copyOf(specialties);
    }

    public static CatalogCoverage of(ProgramCatalog catalog) {
        Set<UsState> states = EnumSet.noneOf(UsState.class);
        Set<Specialty> specialties = EnumSet.noneOf(Specialty.class);
        catalog.programs().forEach(p -> {
            states.add(p.state());
            specialties.add(p.specialty());
        });
        return new CatalogCoverage(catalog.name(), catalog.size(), List.copyOf(states), specialties);
    }

    /** "version 1 (bundled starter catalog): 106 programs in California". */
    public String describe() {
        return name + ": " + programs + " programs in "
                + (states.size() > 6
                        ? states.size() + " states"
                        : states.stream().map(UsState::fullName).collect(Collectors.joining(", ")));
    }

    /** The profile's specialty or area where this catalog has no programs, each a sentence. */
    public List<String> gaps(Profile profile, Geography geography) {
        List<String> out = new ArrayList<>();
        if (!specialties.contains(profile.specialty())) {
            out.add("This catalog (" + describe() + ") has no "
                    + profile.specialty().label() + " programs, so SmartPick" + " cannot give a chance for it: "
                    + IMPORT_HINT + ".");
        }
        List<UsState> missing = new WideningSteps(geography)
                .homeStates(profile).stream().filter(s -> !states.contains(s)).toList();
        if (!missing.isEmpty()) {
            out.add("This catalog has no programs in "
                    + missing.stream().map(UsState::fullName).collect(Collectors.joining(" or "))
                    + " — SmartPick cannot see them there, which is not a 0 %"
                    + " chance: " + IMPORT_HINT + ".");
        }
        return out;
    }
}
