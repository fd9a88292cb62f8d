package org.smartpick.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smartpick.Fixtures;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.catalog.geo.Place;
import org.smartpick.catalog.geo.Region;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;
import org.smartpick.engine.season.Program;

class CatalogQueryTest {
    private final Geography geo = Fixtures.geography();
    private final ProgramCatalog catalog = Fixtures.starterCatalog();

    @Test
    void filtersBySpecialty() {
        var programs = new CatalogQuery(Specialty.TRANSITIONAL_YEAR, null, null, null, null).run(catalog, geo);
        assertThat(programs)
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.specialty()).isEqualTo(Specialty.TRANSITIONAL_YEAR));
    }

    @Test
    void filtersByRegion() {
        Region valley = geo.regions().find("San Fernando Valley").orElseThrow();
        var programs = new CatalogQuery(null, null, valley, null, null).run(catalog, geo);
        assertThat(programs)
                .extracting(Program::id)
                .contains("olive-view-ucla-im", "northridge-fm")
                .doesNotContain("harbor-ucla-im", "ucla-im");
    }

    @Test
    void filtersByDistanceFromAPlace() {
        Place downtown = geo.resolve("Los Angeles, CA").orElseThrow();
        var query = new CatalogQuery(Specialty.INTERNAL_MEDICINE, null, null, 30.0, downtown);
        var programs = query.run(catalog, geo);
        assertThat(programs)
                .extracting(Program::id)
                .contains("lac-usc-im", "harbor-ucla-im", "olive-view-ucla-im")
                .doesNotContain("loma-linda-im", "ucsd-im", "kern-medical-im");
        assertThat(programs)
                .allSatisfy(p -> assertThat(query.distance(p).orElseThrow()).isLessThanOrEqualTo(30));
    }

    @Test
    void filtersCombine() {
        Region ie = geo.regions().find("Inland Empire").orElseThrow();
        var programs = new CatalogQuery(Specialty.FAMILY_MEDICINE, UsState.CA, ie, null, null).run(catalog, geo);
        assertThat(programs)
                .extracting(Program::id)
                .contains("ucr-fm", "ruhs-fm", "loma-linda-fm")
                .allSatisfy(id -> assertThat(id).doesNotContain("ucla"));
        assertThat(new CatalogQuery(null, UsState.TX, null, null, null).run(catalog, geo))
                .isEmpty();
    }
}
