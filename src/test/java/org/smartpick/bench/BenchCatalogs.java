package org.smartpick.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.smartpick.catalog.ModelInputs;
import org.smartpick.catalog.ProgramCatalog;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.profile.Applicant;
import org.smartpick.engine.season.Candidate;
import org.smartpick.engine.season.Program;
import org.smartpick.engine.season.ProgramStats;
import org.smartpick.engine.season.Provenance;
import org.smartpick.engine.season.Site;
import org.smartpick.profile.ProfileCheck;
import org.smartpick.profile.ProfileReader;

/** Benchmark inputs: the seed persona and a catalog of n Internal Medicine programs (the starter one repeated). */
final class BenchCatalogs {
    private BenchCatalogs() {}

    static Applicant persona(Geography geography, ModelInputs inputs, int seasonYear) throws IOException {
        String json = Files.readString(Path.of("examples/01-la-low-step2-us-md.json"));
        return inputs.applicant(((ProfileCheck.Valid) new ProfileReader(geography, seasonYear).read(json)).profile());
    }

    static List<Candidate> internalMedicine(Geography geography, ModelInputs inputs, int n) {
        List<Program> starter = ProgramCatalog.starter(geography.zips()).programs();
        List<Candidate> all = new ArrayList<>();
        for (int i = 0; all.size() < n; i++) {
            Program p = starter.get(i % starter.size());
            all.add(inputs.candidate(new Program(
                    p.id() + "-" + i,
                    null,
                    Specialty.INTERNAL_MEDICINE,
                    p.name(),
                    p.institution(),
                    new Site(p.site().city(), p.state(), p.site().zip(), p.point()),
                    p.setting(),
                    p.pgy1Positions(),
                    p.policy(),
                    p.url(),
                    new Provenance(
                            p.provenance().source(),
                            p.provenance().verified(),
                            p.provenance().notes()),
                    ProgramStats.NONE)));
        }
        return all;
    }
}
