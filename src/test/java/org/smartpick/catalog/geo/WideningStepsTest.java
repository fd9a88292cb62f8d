package org.smartpick.catalog.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartpick.Fixtures;
import org.smartpick.engine.UsState;
import org.smartpick.engine.profile.Preferences;
import org.smartpick.engine.profile.ProfileBuilder;
import org.smartpick.engine.recommend.WhatIf;

class WideningStepsTest {
    private final WideningSteps steps = new WideningSteps(Fixtures.geography());

    @Test
    void aLosAngelesApplicantWidensToSoCalTheStateTheNeighboursAndTheDivision() {
        ProfileBuilder b = ProfileBuilder.usMd();
        b.preferences =
                new Preferences(List.of(), List.of(), List.of("Greater Los Angeles"), null, List.of(), List.of());
        List<WhatIf.Widening> out = steps.of(b.build());
        assertThat(out)
                .extracting(WhatIf.Widening::label)
                .containsExactly(
                        "Southern California",
                        "all of California",
                        "California with Arizona, Nevada and Oregon",
                        "the Pacific division too (Alaska, Hawaii and Washington)");
        assertThat(out.get(1).states()).containsExactly(UsState.CA);
        assertThat(out.get(3).regions()).containsExactly("Southern California");
        assertThat(out.get(3).states()).contains(UsState.CA, UsState.AZ, UsState.WA, UsState.HI);
    }

    @Test
    void aStateApplicantSkipsTheStateAndADivisionItsNeighboursAlreadyFill() {
        ProfileBuilder b = ProfileBuilder.usMd();
        b.preferences = new Preferences(List.of(UsState.TX), List.of(), List.of(), null, List.of(), List.of());
        assertThat(steps.of(b.build()))
                .extracting(WhatIf.Widening::label)
                .containsExactly("Texas with Arkansas, Louisiana, New Mexico and Oklahoma");
    }

    @Test
    void noAreaMeansNothingToWiden() {
        ProfileBuilder b = ProfileBuilder.usMd();
        b.preferences = Preferences.none();
        assertThat(steps.of(b.build())).isEmpty();
    }
}
