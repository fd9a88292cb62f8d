package org.smartpick.profile;

import java.util.List;
import org.smartpick.engine.FieldProblem;
import org.smartpick.engine.profile.Profile;

/** The outcome of reading a profile document: a valid profile, or every problem found in it. */
public sealed interface ProfileCheck {
    /** The document is a valid profile. */
    record Valid(Profile profile) implements ProfileCheck {}

    /** The document has problems; the list is sorted by pointer and never empty. */
    record Invalid(List<FieldProblem> problems) implements ProfileCheck {
        public Invalid {
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid profile has at least one problem");
            }
            problems = problems.stream().sorted().distinct().toList();
        }
    }
}
