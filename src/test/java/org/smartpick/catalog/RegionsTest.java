package org.smartpick.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartpick.Fixtures;

class RegionsTest {
    private final Geography geo = Fixtures.geography();

    @Test
    void theSeedsRegionsAreAllThere() {
        List<String> wanted = List.of("Central LA", "Westside", "San Fernando Valley", "San Gabriel Valley",
                "South Bay", "Long Beach", "East LA", "Orange County", "Inland Empire", "Ventura County",
                "Antelope Valley", "Greater Los Angeles", "Southern California");
        assertThat(wanted).allSatisfy(name -> assertThat(geo.regions().find(name)).as(name).isPresent());
    }

    @Test
    void everyCityAndZipOfEveryRegionExistsInTheZipTable() {
        for (Region region : geo.regions().all()) {
            region.cities().forEach(city -> assertThat(geo.zips().city(city, region.state()))
                    .as(region.name() + ": " + city).isPresent());
            region.zips().forEach(zip -> assertThat(geo.zips().zip(zip)).as(region.name() + ": " + zip).isPresent());
        }
    }

    @Test
    void everyCountyNamedExistsInItsState() {
        for (Region region : geo.regions().all()) {
            region.counties().forEach(county -> assertThat(geo.resolve(countySeat(county)).orElseThrow().county())
                    .as(region.name() + ": " + county).isEqualToIgnoringCase(county));
        }
    }

    @Test
    void namesAndAliasesIgnoreCase() {
        assertThat(geo.regions().find("sfv").orElseThrow().name()).isEqualTo("Los Angeles: San Fernando Valley");
        assertThat(geo.regions().find("NoSuchRegion")).isEmpty();
    }

    @Test
    void anIncludeOfAnUnknownRegionIsRefused() {
        String file = """
                {"regions": [{"name": "A", "state": "CA", "includes": ["B"]}]}""";
        assertThatThrownBy(() -> Regions.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("includes unknown region B");
    }

    @Test
    void aTypoInARegionFileIsRefused() {
        String file = """
                {"regions": [{"name": "A", "state": "CA", "citys": ["Burbank"]}]}""";
        assertThatThrownBy(() -> Regions.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("citys");
    }

    /** A city of each bundled county, to prove the county name is one GeoNames uses. */
    private static String countySeat(String county) {
        return switch (county) {
            case "los angeles" -> "Los Angeles, CA";
            case "orange" -> "Santa Ana, CA";
            case "riverside" -> "Riverside, CA";
            case "san bernardino" -> "San Bernardino, CA";
            case "ventura" -> "Ventura, CA";
            case "san diego" -> "San Diego, CA";
            case "imperial" -> "El Centro, CA";
            case "kern" -> "Bakersfield, CA";
            case "santa barbara" -> "Santa Barbara, CA";
            case "san luis obispo" -> "San Luis Obispo, CA";
            default -> throw new AssertionError("add a city of " + county + " to this test");
        };
    }
}
