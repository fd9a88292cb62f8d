package org.smartpick.catalog.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smartpick.Fixtures;
import org.smartpick.engine.UsState;

class GeographyTest {
    private final Geography geo = Fixtures.geography();

    @Test
    void theBundledTableCoversTheCountry() {
        assertThat(geo.zips().size()).isGreaterThan(40_000);
    }

    @Test
    void aZipPlusFourResolvesToItsZip() {
        Place place = geo.resolve("91401-2345").orElseThrow();
        assertThat(place.city()).isEqualTo("Van Nuys");
        assertThat(place.zip()).isEqualTo("91401");
        assertThat(place.county()).isEqualTo("Los Angeles");
    }

    @Test
    void aCityResolvesWithAnyCaseAndSpacing() {
        Place place = geo.resolve("  los angeles ,  ca ").orElseThrow();
        assertThat(place.state()).isEqualTo(UsState.CA);
        assertThat(place.county()).isEqualTo("Los Angeles");
    }

    @Test
    void unknownPlacesDoNotResolve() {
        assertThat(geo.resolve("00000")).isEmpty();
        assertThat(geo.resolve("Atlantis, CA")).isEmpty();
        assertThat(geo.resolve("Los Angeles")).isEmpty();
        assertThat(geo.resolve("Los Angeles, ZZ")).isEmpty();
        assertThat(geo.resolve("")).isEmpty();
    }

    @Test
    void aSanFernandoValleyCityIsInThatRegionAndWithin30MilesOfDowntown() {
        Place vanNuys = geo.resolve("Van Nuys, CA").orElseThrow();
        Place downtown = geo.resolve("90012").orElseThrow();
        Region valley = geo.regions().find("Los Angeles: San Fernando Valley").orElseThrow();
        assertThat(geo.regions().contains(valley, vanNuys)).isTrue();
        assertThat(vanNuys.point().milesTo(downtown.point())).isLessThan(30);
        assertThat(geo.regions().regionsOf(vanNuys))
                .containsExactly("Los Angeles: San Fernando Valley", "Greater Los Angeles", "Southern California");
    }

    @Test
    void theInlandEmpireIsInGreaterLosAngelesButNotInTheValley() {
        Place lomaLinda = geo.resolve("92354").orElseThrow();
        assertThat(geo.regions().regionsOf(lomaLinda))
                .containsExactly("Inland Empire", "Greater Los Angeles", "Southern California");
    }

    @Test
    void aCityOfLosAngelesZipIsPlacedByItsNeighbourhood() {
        assertThat(geo.regions().regionsOf(geo.resolve("90024").orElseThrow()))
                .first()
                .isEqualTo("Los Angeles: Westside");
        assertThat(geo.regions().regionsOf(geo.resolve("90033").orElseThrow()))
                .first()
                .isEqualTo("Los Angeles: East LA/Gateway Cities");
        assertThat(geo.regions().regionsOf(geo.resolve("90012").orElseThrow()))
                .first()
                .isEqualTo("Los Angeles: Central LA");
    }

    @Test
    void aPlaceOutsideCaliforniaIsInNoneOfTheseRegions() {
        assertThat(geo.regions().regionsOf(geo.resolve("Houston, TX").orElseThrow()))
                .isEmpty();
    }
}
