package org.smartpick.engine.advice;

import java.util.List;

/**
 * A plain statement of how realistic the target specialty is for this profile, what would change it (each lever
 * priced where the model can), and the alternatives priced side by side (the target first).
 */
public record Realism(String statement, List<String> levers, List<SpecialtyOption> alternatives) {
    public Realism {
        levers = List.copyOf(levers);
        alternatives = List.copyOf(alternatives);
    }
}
