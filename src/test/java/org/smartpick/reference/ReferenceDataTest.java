package org.smartpick.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Figure;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.season.SeasonFacts;
import org.smartpick.engine.season.SpecialtyFacts;

class ReferenceDataTest {
    private final SeasonFacts season = ReferenceData.latest();

    @Test
    void theBundledSeasonHasTheEras2026Fees() {
        assertThat(season.year()).isEqualTo(2026);
        assertThat(season.fees().cost(40)).isEqualTo(630);
        assertThat(season.fees().cost(60)).isEqualTo(1230);
    }

    @Test
    void theHeadlineMatchRatesAreNrmp2025() {
        assertThat(season.matchRates().get(ApplicantType.US_MD).value()).isEqualTo(0.935);
        assertThat(season.matchRates().get(ApplicantType.NON_US_IMG).value()).isEqualTo(0.580);
    }

    @Test
    void signalsAreDataPerSpecialty() {
        var im = season.specialty(Specialty.INTERNAL_MEDICINE).orElseThrow().signals();
        assertThat(im.gold()).isEqualTo(3);
        assertThat(im.silver()).isEqualTo(12);
        assertThat(season.specialty(Specialty.FAMILY_MEDICINE)
                        .orElseThrow()
                        .signals()
                        .plain())
                .isEqualTo(5);
        var obgyn =
                season.specialty(Specialty.OBSTETRICS_GYNECOLOGY).orElseThrow().signals();
        assertThat(obgyn.isTiered()).isTrue();
        for (Specialty s : new Specialty[] {
            Specialty.OBSTETRICS_GYNECOLOGY,
            Specialty.INTERVENTIONAL_RADIOLOGY,
            Specialty.PATHOLOGY,
            Specialty.THORACIC_SURGERY
        }) {
            assertThat(season.specialty(s).orElseThrow().signalsIfKnown())
                    .as(s.name())
                    .isPresent();
        }
        assertThat(season.specialty(Specialty.INTERNAL_MEDICINE_PRELIMINARY)
                        .orElseThrow()
                        .signalsIfKnown())
                .isEmpty();
    }

    @Test
    void step2FiguresOfInternalMedicineAreTheChartingOutcomesOnes() {
        SpecialtyFacts im = season.specialty(Specialty.INTERNAL_MEDICINE).orElseThrow();
        assertThat(im.step2Matched().value()).isEqualTo(254);
        assertThat(im.step2MatchedQ1().value()).isEqualTo(243);
        assertThat(im.step2MatchedQ3().value()).isEqualTo(262);
        assertThat(im.step2Unmatched().value()).isEqualTo(233);
    }

    @Test
    void everyFigureNamesItsSource() {
        List<Figure> figures = new ArrayList<>(season.matchRates().values());
        for (SpecialtyFacts s : season.specialties().values()) {
            figures.addAll(s.matchRates().values());
            for (Figure f : new Figure[] {
                s.programs(),
                s.positions(),
                s.applicants(),
                s.fillRate(),
                s.step2Matched(),
                s.step2MatchedQ1(),
                s.step2MatchedQ3(),
                s.step2Unmatched()
            }) {
                if (f != null) {
                    figures.add(f);
                }
            }
            s.signalsIfKnown().ifPresent(signals -> assertThat(signals.source()).isNotBlank());
        }
        assertThat(figures)
                .hasSizeGreaterThan(20)
                .allSatisfy(f -> assertThat(f.source()).isNotBlank());
    }

    @Test
    void anUnknownSeasonIsAClearError() {
        assertThatThrownBy(() -> ReferenceData.season(1999)).hasMessageContaining("no reference data for season 1999");
    }
}
