package org.smartpick.cli;

import org.smartpick.catalog.Geography;
import org.smartpick.catalog.ModelInputs;
import org.smartpick.engine.ModelParameters;
import org.smartpick.engine.ProgramMix;

/** The program mix of the catalog a command works on. */
final class Mixes {
    private Mixes() {
    }

    static ProgramMix of(CatalogOption catalog, ModelParameters parameters) {
        Geography geography = Geography.bundled();
        return ProgramMix.of(new ModelInputs(geography).candidates(catalog.load(geography).programs()), parameters);
    }
}
