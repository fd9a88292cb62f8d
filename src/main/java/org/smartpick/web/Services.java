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
public record Services(Geography geography, SeasonFacts season, ChanceModel model, Database database,
                       java.util.concurrent.atomic.AtomicReference<ProgramCatalog> cache) {
    public Services(Geography geography, SeasonFacts season, ChanceModel model, Database database) {
        this(geography, season, model, database, new java.util.concurrent.atomic.AtomicReference<>());
    }

    Catalogs catalogs() {
        return new Catalogs(database, geography.zips());
    }

    Plans plans() {
        return new Plans(database);
    }

    /**
     * The active catalog version's programs (the starter catalog in an empty store). Which version is active is
     * asked of the database on every call, so instances agree; a version's programs never change, so they are
     * kept in memory under its id.
     */
    ProgramCatalog activeCatalog() {
        Catalogs catalogs = catalogs();
        if (catalogs.versions().isEmpty()) {
            catalogs.save(season.year(), "bundled starter catalog",
                    ProgramCatalog.starter(geography.zips()).programs(), true);
        }
        var active = catalogs.active().orElseThrow(() -> new IllegalStateException("no active catalog version"));
        String name = "version " + active.id();
        ProgramCatalog cached = cache.get();
        if (cached != null && cached.name().equals(name)) {
            return cached;
        }
        ProgramCatalog loaded = new ProgramCatalog(name, catalogs.programs(active.id()));
        cache.set(loaded);
        return loaded;
    }
}
