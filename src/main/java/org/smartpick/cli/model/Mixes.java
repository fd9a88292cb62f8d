package org.smartpick.cli.model;

import org.smartpick.catalog.ModelInputs;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.cli.common.CatalogOption;
import org.smartpick.engine.chance.InterviewMix;
import org.smartpick.engine.chance.ModelParameters;
import org.smartpick.engine.chance.ProgramMix;
import org.smartpick.reference.InterviewModelFile;

/** The program mix of the catalog a command works on. */
final class Mixes {
    private Mixes() {}

    /** The synthetic mix with the committed interview model's typical baselines (model v2). */
    static ProgramMix synthetic() {
        return InterviewMix.synthetic(InterviewModelFile.bundled());
    }

    static ProgramMix of(CatalogOption catalog, ModelParameters parameters) {
        Geography geography = Geography.bundled();
        return ProgramMix.of(
                new ModelInputs(geography).candidates(catalog.load(geography).programs()), parameters);
    }
}
