package org.smartpick.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.ApplicantType;
import org.smartpick.reference.MarketData;
import org.smartpick.reference.ReferenceData;

class MarketFiguresTest {
    private final MarketFigures figures = MarketData.season(2026);

    @Test
    void theTypeSharesAverageThePublishedRatesToThePublishedOverallRate() {
        var season = ReferenceData.latest();
        double overall = 0;
        for (ApplicantType t : ApplicantType.values()) {
            overall +=
                    figures.type(t).share().value() * season.matchRates().get(t).value();
        }
        assertThat(overall).isCloseTo(figures.matchRate().value(), within(0.01));
    }

    @Test
    void everyFigureNamesItsSourceAndTheTightnessIsTheNationalOne() {
        assertThat(figures.applicantsPerPosition().value()).isCloseTo(47208.0 / 40041, within(0.001));
        figures.types().values().forEach(t -> assertThat(t.share().source()).isNotBlank());
        assertThatThrownBy(() -> new MarketFigures(
                        figures.applicantsPerPosition(),
                        Map.of(),
                        figures.interviewsPerPosition(),
                        figures.interviewsAttended(),
                        figures.coupleShare(),
                        figures.homePreference(),
                        figures.prestigeSd(),
                        figures.screenedShare(),
                        figures.matchRate(),
                        figures.fillRate()))
                .hasMessageContaining("every applicant type");
    }

    @Test
    void aPolicyDescribesItselfAndBoundsItsRules() {
        assertThat(MarketPolicy.NONE.describe()).isEqualTo("none");
        MarketPolicy p = new MarketPolicy(30, 0, 5);
        assertThat(p.describe()).isEqualTo("application-cap=30, extra-signals=5");
        assertThat(p.applications(60)).isEqualTo(30);
        assertThat(new MarketPolicy(0, 20, 0).applications(60)).isEqualTo(80);
        assertThatThrownBy(() -> new MarketPolicy(-1, 0, 0)).hasMessageContaining("application-cap");
    }

    @Test
    void unknownSeasonsAreRefused() {
        assertThatThrownBy(() -> MarketData.season(1999)).hasMessageContaining("no market figures");
    }
}
