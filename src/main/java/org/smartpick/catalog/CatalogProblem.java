package org.smartpick.catalog;

/** One problem found while reading a catalog file: where (file, line, column), the value, and the rule broken. */
public record CatalogProblem(String file, int line, String column, String value, String rule) {
    @Override
    public String toString() {
        return file + ":" + line + (column == null ? "" : " [" + column + "]")
                + (value == null || value.isEmpty() ? "" : " \"" + value + "\"") + ": " + rule;
    }
}
