package org.smartpick.cli.common;

import java.nio.file.Path;
import org.smartpick.catalog.ProgramCatalog;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.season.SeasonFacts;
import org.smartpick.reference.ModelParameterFile;
import picocli.CommandLine;

/**
 * What the planning commands (score, recommend, match odds, market simulate) work from: the bundled geography,
 * the season chosen with {@code --season}, the chance model of the bundled parameters, and the catalog chosen with
 * {@code --catalog} or {@code --db}. Each is made once, when first asked for.
 */
public final class PlanningInputs {
    @CommandLine.Mixin
    CatalogOption catalogOption;

    @CommandLine.Mixin
    SeasonOption season;

    private Geography geography;
    private SeasonFacts facts;
    private ChanceModel model;
    private ProgramCatalog catalog;

    public Geography geography() {
        if (geography == null) {
            geography = Geography.bundled();
        }
        return geography;
    }

    public SeasonFacts facts() {
        if (facts == null) {
            facts = season.facts();
        }
        return facts;
    }

    public ChanceModel model() {
        if (model == null) {
            model = new ChanceModel(ModelParameterFile.bundled(), facts());
        }
        return model;
    }

    /** The catalog, read once per command (a national catalog takes a second to read from the database). */
    public ProgramCatalog catalog() {
        if (catalog == null) {
            catalog = catalogOption.load(geography());
        }
        return catalog;
    }

    /** A profile file, read against this season; bad input lists every problem. */
    public Profile profile(Path file) {
        return ProfileFiles.read(file, geography(), facts().year());
    }
}
