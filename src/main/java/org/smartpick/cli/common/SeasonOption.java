package org.smartpick.cli.common;

import org.smartpick.engine.season.SeasonFacts;
import org.smartpick.reference.ReferenceData;
import picocli.CommandLine;

/** The {@code --season} option shared by commands that use reference data. */
public final class SeasonOption {
    @CommandLine.Option(
            names = "--season",
            paramLabel = "YEAR",
            description = "season of the bundled reference data (the Match year; default: ${DEFAULT-VALUE})",
            defaultValue = "" + ReferenceData.LATEST_SEASON)
    int season;

    public SeasonFacts facts() {
        try {
            return ReferenceData.season(season);
        } catch (IllegalArgumentException e) {
            throw new BadInput("--season: " + e.getMessage());
        }
    }
}
