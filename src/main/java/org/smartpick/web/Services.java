package org.smartpick.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.smartpick.catalog.ProgramCatalog;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.engine.season.SeasonFacts;
import org.smartpick.match.MarketFigures;
import org.smartpick.reference.MarketData;
import org.smartpick.report.MarketOddsReport;
import org.smartpick.report.PreparedCatalog;
import org.smartpick.store.CatalogVersion;
import org.smartpick.store.Catalogs;
import org.smartpick.store.Database;
import org.smartpick.store.Plans;

/**
 * What the routes need, built once at start: geography, the season, the model, and the stores. Which catalog
 * version is active is asked of the store on each request, so that instances sharing a database agree.
 */
public final class Services {
    private final Geography geography;
    private final SeasonFacts season;
    private final ChanceModel model;
    private final Database database;
    /** The last active catalog read, under its version name: a version's programs never change. */
    private final AtomicReference<ProgramCatalog> cache = new AtomicReference<>();
    /** The active version made ready for planning (candidates, coverage), under its version name. */
    private final AtomicReference<PreparedCatalog> prepared = new AtomicReference<>();
    /** Simulated market seasons by catalog version and specialties, made in the background. */
    private final MarketSeasons markets = new MarketSeasons();

    private final MarketFigures marketFigures;
    /** Shares each plan's independent recommendations with the other cores (PlanWorkers). */
    private final Executor planWorkers = PlanWorkers.sizedToCores();

    public Services(Geography geography, SeasonFacts season, ChanceModel model, Database database) {
        this.geography = geography;
        this.season = season;
        this.model = model;
        this.database = database;
        this.marketFigures = MarketData.season(season.year());
    }

    Geography geography() {
        return geography;
    }

    SeasonFacts season() {
        return season;
    }

    ChanceModel model() {
        return model;
    }

    Executor planWorkers() {
        return planWorkers;
    }

    Database database() {
        return database;
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
        // one query per request: the versions are listed once and the active one found among them
        List<CatalogVersion> versions = catalogs.versionsSeeded(season.year());
        var active = versions.stream()
                .filter(CatalogVersion::active)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no active catalog version"));
        String name = active.label();
        ProgramCatalog cached = cache.get();
        if (cached != null && cached.name().equals(name)) {
            return cached;
        }
        ProgramCatalog loaded = new ProgramCatalog(name, catalogs.programs(active.id()));
        cache.set(loaded);
        return loaded;
    }

    /** The active catalog version prepared for planning once (docs/performance.md, "The whole plan"). */
    PreparedCatalog preparedCatalog() {
        ProgramCatalog catalog = activeCatalog();
        PreparedCatalog known = prepared.get();
        if (known != null && known.catalog() == catalog) {
            return known;
        }
        PreparedCatalog made = PreparedCatalog.of(geography, catalog);
        prepared.set(made);
        return made;
    }

    /**
     * Starts making the market seasons of every specialty of the active catalog that has positions, largest market
     * first, in the background: the first asker of a single-specialty list's odds against competitors does not wait.
     */
    public void prepareMarkets() {
        PreparedCatalog prepared = preparedCatalog();
        ProgramCatalog catalog = prepared.catalog();
        Map<Specialty, Long> positions = new EnumMap<>(Specialty.class);
        catalog.programs().stream()
                .filter(p -> p.pgy1Positions() != null && p.pgy1Positions() > 0)
                .forEach(p -> positions.merge(p.specialty(), (long) p.pgy1Positions(), Long::sum));
        List<Set<Specialty>> all = positions.entrySet().stream()
                .sorted(Map.Entry.<Specialty, Long>comparingByValue().reversed())
                .map(e -> Set.of(e.getKey()))
                .toList();
        if (all.isEmpty()) {
            return;
        }
        markets.prepare(catalog.name(), all, MatchApi.DEFAULT_MARKET_SEASONS, prepared::candidates, this::simulation);
    }

    /** Whether market seasons are being made in the background (they take cores from the requests meanwhile). */
    boolean marketSeasonsBusy() {
        return markets.busy();
    }

    /** How the seasons of the market of these specialties are played. */
    private MarketSeasons.Simulation simulation(Set<Specialty> specialties) {
        return (candidates, from, count) ->
                MarketOddsReport.seasons(model, marketFigures, specialties, candidates, from, count);
    }

    /**
     * The first {@code seasons} simulated seasons of the market of these specialties on the active catalog, or when
     * to ask again while the background worker makes them (docs/model.md §7, MarketSeasons).
     *
     * @throws IllegalArgumentException when the catalog gives no positions for them
     */
    MarketSeasons.Answer market(Set<Specialty> specialties, int seasons) {
        PreparedCatalog prepared = preparedCatalog();
        if (MarketOddsReport.competitors(
                        model, marketFigures, specialties, prepared.catalog().programs())
                < 1) {
            throw new IllegalArgumentException(MarketOddsReport.noPositions(specialties));
        }
        return markets.seasons(
                prepared.catalog().name(), specialties, seasons, prepared::candidates, simulation(specialties));
    }
}
