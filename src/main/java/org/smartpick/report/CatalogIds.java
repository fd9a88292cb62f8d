package org.smartpick.report;

import org.smartpick.catalog.ProgramCatalog;
import org.smartpick.engine.season.Program;
import org.smartpick.profile.JsonFields;

/** A catalog program named by its id in a request's list (rank lists, a couple's pairs). */
final class CatalogIds {
    /** Longer than any catalog's ids (ACGME numbers, NRMP codes, operator ids), short enough to echo back. */
    static final int MAX_LENGTH = 100;

    private CatalogIds() {}

    /** The program with this id, or null and a problem at the element naming the catalog. */
    static Program program(JsonFields.Element at, String id, ProgramCatalog catalog) {
        var program = catalog.byId(id);
        if (program.isEmpty()) {
            at.problem("no program \"" + id + "\" in the " + catalog.name() + " catalog");
            return null;
        }
        return program.get();
    }
}
