package org.smartpick.engine.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Signal;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.season.SpecialtyEvidence;

/** The shift to an out-of-state application without a signal averages back to the program's level. */
class SpecialtyEvidenceProperties {
    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    @Property(tries = 200)
    void theTypesMixOfApplicationsAveragesToTheLevel(
            @ForAll @DoubleRange(min = -5, max = 2) double level,
            @ForAll @DoubleRange(min = 0, max = 3) double home,
            @ForAll @DoubleRange(min = 0, max = 5) double gold,
            @ForAll @DoubleRange(min = 0, max = 0.5) double q) {
        SpecialtyEvidence e = new SpecialtyEvidence(
                Specialty.DERMATOLOGY,
                10,
                home,
                1,
                Map.of(Signal.GOLD, gold, Signal.SILVER, gold / 2),
                0.25,
                Map.of(ApplicantType.US_MD, q),
                Map.of(Signal.GOLD, 0.2, Signal.SILVER, 0.8),
                null,
                "test");
        double c = e.reference(ApplicantType.US_MD, level);
        double x = level + c;
        double signalled = 0.2 * sigmoid(x + gold) + 0.8 * sigmoid(x + gold / 2);
        double out = (1 - q) * sigmoid(x) + q * signalled;
        double signalledIn = 0.2 * sigmoid(x + home + gold) + 0.8 * sigmoid(x + home + gold / 2);
        double in = (1 - q) * sigmoid(x + home) + q * signalledIn;
        assertThat(0.75 * out + 0.25 * in).isCloseTo(sigmoid(level), within(1e-6));
        assertThat(c).isLessThanOrEqualTo(1e-9);
    }

    @Property(tries = 100)
    void internationalGraduatesHaveNoHomeStateShare(@ForAll @DoubleRange(min = -5, max = 0) double level) {
        SpecialtyEvidence e = new SpecialtyEvidence(
                Specialty.INTERNAL_MEDICINE, 10, 2, 1, Map.of(), 0.25, Map.of(), Map.of(), null, "test");
        assertThat(e.reference(ApplicantType.NON_US_IMG, level)).isCloseTo(0, within(1e-6));
        assertThat(e.reference(ApplicantType.US_MD, level)).isNegative();
    }
}
