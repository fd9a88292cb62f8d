package org.smartpick.cli.common;

/** How a command prints its answer: an aligned table for people, CSV, or the JSON document the API returns. */
public enum OutputFormat {
    table,
    csv,
    json
}
