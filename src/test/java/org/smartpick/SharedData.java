package org.smartpick;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real AAMC/NRMP/geography files in {@code ../shared/data}, for validation only (never copied into the project).
 * Tests that need them skip with a clear message when the folder is absent, as on a fresh clone.
 */
public final class SharedData {
    private SharedData() {}

    /** The folder, from -Dsmartpick.shared.data (set by the build) or ../shared/data. */
    public static Path root() {
        return Path.of(System.getProperty("smartpick.shared.data", "../shared/data"));
    }

    /** A file under the folder; skips the calling test when it is not there. */
    public static Path require(String relative) {
        Path file = root().resolve(relative);
        assumeTrue(
                Files.isRegularFile(file),
                () -> "skipped: " + file + " is absent (../shared/data is only"
                        + " beside the project in CI and on developer machines; see ../shared/data/README.md)");
        return file;
    }
}
