package org.smartpick.cli;

import java.nio.file.Path;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.engine.profile.Profile;
import org.smartpick.profile.ProfileCheck;
import org.smartpick.profile.ProfileReader;

/** Reads a profile file for a command; any problem is bad input listing every problem. */
final class ProfileFiles {
    private ProfileFiles() {
    }

    static Profile read(Path file, Geography geography, int seasonYear) {
        ProfileCheck check = new ProfileReader(geography, seasonYear).read(ProfileCommand.readFile(file));
        if (check instanceof ProfileCheck.Invalid invalid) {
            throw new BadInput(file + ": " + invalid.problems().size() + " problem(s):\n  "
                    + String.join("\n  ", invalid.problems().stream().map(Object::toString).toList()));
        }
        return ((ProfileCheck.Valid) check).profile();
    }
}
