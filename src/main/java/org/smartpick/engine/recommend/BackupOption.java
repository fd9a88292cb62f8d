package org.smartpick.engine.recommend;

import java.util.List;
import org.smartpick.engine.Specialty;

/**
 * What adding applications in a backup specialty (or preliminary / transitional year) would do: P(match
 * anywhere) with the main list alone and with these extra applications, and what they cost.
 */
public record BackupOption(
        Specialty specialty,
        int extraApplications,
        double pMatchBefore,
        double pMatchAfter,
        int extraCost,
        List<String> programIds) {
    public BackupOption {
        programIds = List.copyOf(programIds);
    }

    public double gain() {
        return pMatchAfter - pMatchBefore;
    }
}
