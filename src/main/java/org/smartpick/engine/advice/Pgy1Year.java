package org.smartpick.engine.advice;

import java.util.List;

/**
 * The PGY-1 year an advanced specialty needs (it starts at PGY-2): the preliminary and transitional options priced
 * at the model's recommended number of applications, the chance of starting training on time, and the Match's rule
 * for it (the supplemental rank list).
 *
 * @param pOnTime P(matching the advanced position and a PGY-1 position), the two taken as independent: a floor,
 *                since the same strength helps both
 */
public record Pgy1Year(List<SpecialtyOption> options, double pOnTime, String rule) {
    public Pgy1Year {
        options = List.copyOf(options);
    }
}
