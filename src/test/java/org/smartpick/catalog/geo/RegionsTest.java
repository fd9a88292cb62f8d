package org.smartpick.catalog.geo;

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
        List<String> wanted = List.of(
                "Central LA",
                "Westside",
                "San Fernando Valley",
                "San Gabriel Valley",
                "South Bay",
                "Long Beach",
                "East LA",
                "Orange County",
                "Inland Empire",
                "Ventura County",
                "Antelope Valley",
                "Greater Los Angeles",
                "Southern California");
        assertThat(wanted)
                .allSatisfy(
                        name -> assertThat(geo.regions().find(name)).as(name).isPresent());
    }

    @Test
    void everyCityAndZipOfEveryRegionExistsInTheZipTable() {
        for (Region region : geo.regions().all()) {
            region.cities()
                    .forEach(city -> assertThat(geo.zips().city(city, region.state()))
                            .as(region.name() + ": " + city)
                            .isPresent());
            region.zips()
                    .forEach(zip -> assertThat(geo.zips().zip(zip))
                            .as(region.name() + ": " + zip)
                            .isPresent());
        }
    }

    @Test
    void everyCountyNamedExistsInItsState() {
        for (Region region : geo.regions().all()) {
            region.counties()
                    .forEach(county -> assertThat(geo.resolve(countySeat(county))
                                    .orElseThrow()
                                    .county())
                            .as(region.name() + ": " + county)
                            .isEqualToIgnoringCase(county));
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
            case "alameda" -> "Oakland, CA";
            case "contra costa" -> "Martinez, CA";
            case "marin" -> "San Rafael, CA";
            case "napa" -> "Napa, CA";
            case "city and county of san francisco" -> "San Francisco, CA";
            case "san mateo" -> "Redwood City, CA";
            case "santa clara" -> "San Jose, CA";
            case "solano" -> "Fairfield, CA";
            case "sonoma" -> "Santa Rosa, CA";
            case "sacramento" -> "Sacramento, CA";
            case "placer" -> "Auburn, CA";
            case "yolo" -> "Woodland, CA";
            case "el dorado" -> "Placerville, CA";
            case "fresno" -> "Fresno, CA";
            case "kings" -> "Hanford, CA";
            case "madera" -> "Madera, CA";
            case "merced" -> "Merced, CA";
            case "san joaquin" -> "Stockton, CA";
            case "stanislaus" -> "Modesto, CA";
            case "tulare" -> "Visalia, CA";
            case "santa cruz" -> "Santa Cruz, CA";
            case "monterey" -> "Salinas, CA";
            case "san benito" -> "Hollister, CA";
            case "humboldt" -> "Eureka, CA";
            case "shasta" -> "Redding, CA";
            case "butte" -> "Oroville, CA";
            case "mendocino" -> "Ukiah, CA";
            case "lake" -> "Lakeport, CA";
            case "sutter" -> "Yuba City, CA";
            case "yuba" -> "Marysville, CA";
            case "nevada" -> "Nevada City, CA";
            case "tehama" -> "Red Bluff, CA";
            case "glenn" -> "Willows, CA";
            case "colusa" -> "Colusa, CA";
            case "del norte" -> "Crescent City, CA";
            case "siskiyou" -> "Yreka, CA";
            case "trinity" -> "Weaverville, CA";
            case "lassen" -> "Susanville, CA";
            case "modoc" -> "Alturas, CA";
            case "plumas" -> "Quincy, CA";
            case "sierra" -> "Downieville, CA";
            case "amador" -> "Jackson, CA";
            case "calaveras" -> "San Andreas, CA";
            case "tuolumne" -> "Sonora, CA";
            case "alpine" -> "Markleeville, CA";
            case "mariposa" -> "Mariposa, CA";
            case "mono" -> "Bridgeport, CA";
            case "inyo" -> "Independence, CA";
            case "clark" -> "Las Vegas, NV";
            case "washoe" -> "Reno, NV";
            case "carson city (city)" -> "Carson City, NV";
            case "maricopa" -> "Phoenix, AZ";
            case "pinal" -> "Florence, AZ";
            case "pima" -> "Tucson, AZ";
            case "multnomah" -> "Portland, OR";
            case "washington" -> "Hillsboro, OR";
            case "clackamas" -> "Oregon City, OR";
            default -> throw new AssertionError("add a city of " + county + " to this test");
        };
    }
}
