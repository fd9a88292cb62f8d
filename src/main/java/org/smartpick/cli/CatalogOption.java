package org.smartpick.cli;

import java.nio.file.Path;
import org.smartpick.catalog.Geography;
import org.smartpick.catalog.ProgramCatalog;
import picocli.CommandLine;

/** The {@code --catalog} option shared by the commands that work on programs. */
final class CatalogOption {
    @CommandLine.Option(names = "--catalog", paramLabel = "FILE",
            description = "an operator CSV catalog instead of the bundled starter catalog")
    Path file;

    ProgramCatalog load(Geography geography) {
        return CatalogFiles.load(file, geography);
    }
}
