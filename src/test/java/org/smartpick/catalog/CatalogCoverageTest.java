package org.smartpick.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartpick.Fixtures;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;
import org.smartpick.engine.profile.Preferences;
import org.smartpick.engine.profile.ProfileBuilder;
import org.smartpick.engine.profile.Radius;

/** The catalog says what it covers, and a profile outside it is told so instead of getting a silent 0 %. */
class CatalogCoverageTest {
    private final ProgramCatalog starter = Fixtures.starterCatalog();
    private final CatalogCoverage coverage = CatalogCoverage.of(starter);

    @Test
    void theStarterCatalogDescribesItself() {
        assertThat(coverage.states()).containsExactly(UsState.AZ, UsState.CA, UsState.NV, UsState.OR);
        assertThat(coverage.describe())
                .endsWith(starter.size() + " programs in Arizona, California, Nevada," + " Oregon");
    }

    @Test
    void aTexasProfileIsToldTheCatalogHasNoProgramsThere() {
        ProfileBuilder b = ProfileBuilder.usMd();
        b.specialty = Specialty.FAMILY_MEDICINE;
        b.preferences = new Preferences(
                List.of(UsState.TX), List.of(), List.of(), new Radius(50, "Houston, TX"), List.of(), List.of());
        List<String> gaps = coverage.gaps(b.build(), Fixtures.geography());
        assertThat(gaps)
                .singleElement()
                .asString()
                .contains("no programs in Texas", "not a 0 % chance", "import the national catalog");
    }

    @Test
    void aSpecialtyTheCatalogLacksIsNamedAndAProfileInsideItHasNoGaps() {
        ProfileBuilder derm = ProfileBuilder.usMd();
        derm.specialty = Specialty.INTERNAL_MEDICINE_DERMATOLOGY;
        assertThat(coverage.gaps(derm.build(), Fixtures.geography()))
                .singleElement()
                .asString()
                .contains("has no Internal Medicine-Dermatology programs");
        ProfileBuilder la = ProfileBuilder.usMd();
        la.preferences =
                new Preferences(List.of(), List.of(), List.of("Greater Los Angeles"), null, List.of(), List.of());
        assertThat(coverage.gaps(la.build(), Fixtures.geography())).isEmpty();
    }
}
