package org.smartpick.cli.common;

import picocli.CommandLine;

/** The {@code --format} option of the commands that print a table, CSV or the API's JSON document. */
public final class FormatOption {
    @CommandLine.Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "table",
            description = "table, csv or json, the API's document (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    public OutputFormat get() {
        return format;
    }
}
