package org.smartpick.cli.common;

import java.nio.file.Path;
import org.smartpick.catalog.ProgramCatalog;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.store.CatalogVersion;
import org.smartpick.store.Catalogs;
import org.smartpick.store.Database;
import picocli.CommandLine;

/**
 * Where the commands that work on programs take them from: an operator CSV given with {@code --catalog}, else the
 * active catalog version of the database.
 */
public final class CatalogOption {
    @CommandLine.Option(
            names = "--catalog",
            paramLabel = "FILE",
            description = "an operator CSV catalog instead of the database's active catalog")
    Path file;

    @CommandLine.Mixin
    DatabaseOption database;

    public ProgramCatalog load(Geography geography) {
        if (file != null) {
            return CatalogFiles.load(file, geography);
        }
        try (Database db = database.open()) {
            Catalogs catalogs = DatabaseOption.catalogs(db, geography.zips());
            CatalogVersion active = catalogs.active()
                    .orElseThrow(() -> new BadInput("the database has no active"
                            + " catalog version; activate one with: smartpick catalog activate VERSION"));
            return new ProgramCatalog(active.label(), catalogs.programs(active.id()));
        }
    }
}
