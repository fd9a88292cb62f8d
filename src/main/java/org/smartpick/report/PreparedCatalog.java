package org.smartpick.report;

import java.util.List;
import org.smartpick.catalog.CatalogCoverage;
import org.smartpick.catalog.ModelInputs;
import org.smartpick.catalog.ProgramCatalog;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.engine.season.Candidate;

/**
 * A catalog version made ready for planning once: its programs as the model's candidates (places, regions,
 * standardised statistics, interview baselines — nothing about an applicant) and what it covers. A server keeps one
 * per active version, so a request does not rebuild them (about 9 ms for the national catalog).
 */
public record PreparedCatalog(ProgramCatalog catalog, List<Candidate> candidates, CatalogCoverage coverage) {
    public PreparedCatalog {
        candidates = List.copyOf(candidates);
    }

    public static PreparedCatalog of(Geography geography, ProgramCatalog catalog) {
        return new PreparedCatalog(
                catalog, new ModelInputs(geography).candidates(catalog.programs()), CatalogCoverage.of(catalog));
    }
}
