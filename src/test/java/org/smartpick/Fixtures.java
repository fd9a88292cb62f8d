package org.smartpick;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.smartpick.catalog.ProgramCatalog;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.engine.season.SeasonFacts;
import org.smartpick.reference.ReferenceData;

/** Shared test fixtures, loaded once per test JVM: the bundled geography, catalog and reference data. */
public final class Fixtures {
    private static Geography geography;
    private static ProgramCatalog catalog;

    private Fixtures() {}

    public static synchronized Geography geography() {
        if (geography == null) {
            geography = Geography.bundled();
        }
        return geography;
    }

    public static synchronized ProgramCatalog starterCatalog() {
        if (catalog == null) {
            catalog = ProgramCatalog.starter(geography().zips());
        }
        return catalog;
    }

    public static SeasonFacts season() {
        return ReferenceData.latest();
    }

    /** The example profiles shipped in examples/, in file order. */
    public static List<Path> exampleProfiles() {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            // examples/bad.json is the README's profile with mistakes (ProfileCommandTest); the others are valid.
            return files.filter(f -> f.getFileName().toString().matches("\\d.*\\.json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
