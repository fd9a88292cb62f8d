package org.smartpick.web;

import org.smartpick.catalog.Geography;
import org.smartpick.catalog.ProgramCatalog;
import org.smartpick.engine.ChanceModel;
import org.smartpick.engine.SeasonFacts;
import org.smartpick.store.Catalogs;
import org.smartpick.store.Database;
import org.smartpick.store.Plans;

/**
 * What the routes need, built once at start: geography, the season, the model, and the stores. The active catalog
 * is read from the store on each request, so that instances sharing a database agree.
 */
public record Services(Geography geography, SeasonFacts season, ChanceModel model, Database database) {
    Catalogs catalogs() {
        return new Catalogs(database, geography.zips());
    }

    Plans plans() {
        return new Plans(database);
    }

    /** The active catalog version's programs (the starter catalog in an empty store). */
    ProgramCatalog activeCatalog() {
        Catalogs catalogs = catalogs();
        if (catalogs.versions().isEmpty()) {
            catalogs.save(season.year(), "bundled starter catalog",
                    ProgramCatalog.starter(geography.zips()).programs(), true);
        }
        var active = catalogs.active().orElseThrow(() -> new IllegalStateException("no active catalog version"));
        return new ProgramCatalog("version " + active.id(), catalogs.programs(active.id()));
    }
}
