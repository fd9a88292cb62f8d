package org.smartpick.cli.common;

import picocli.CommandLine;

/**
 * The {@code --format} option of the commands whose answer has no CSV form: a table or the API's JSON document
 * (picocli refuses {@code csv} with exit code 2 rather than printing a table for it).
 */
public final class TableOrJsonOption {
    /** The two forms. */
    public enum Choice {
        table,
        json
    }

    @CommandLine.Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "table",
            description = "table or json, the API's document (default: ${DEFAULT-VALUE})")
    Choice format;

    public boolean json() {
        return format == Choice.json;
    }
}
