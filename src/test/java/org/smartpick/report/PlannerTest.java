package org.smartpick.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smartpick.Fixtures;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.recommend.RecommendationOptions;
import org.smartpick.engine.recommend.WhatIf;
import org.smartpick.profile.ProfileCheck;
import org.smartpick.profile.ProfileReader;
import org.smartpick.reference.ModelParameterFile;

/** A plan is the same document whether its independent recommendations ran on a pool or in the caller alone. */
class PlannerTest {
    private static final ChanceModel MODEL = new ChanceModel(ModelParameterFile.bundled(), Fixtures.season());
    private final ExecutorService pool = Executors.newFixedThreadPool(3);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void sharingThePlansPiecesWithWorkersChangesNothingInIt() throws Exception {
        // the re-applicant's list is a long shot: the realism check prices other specialties besides the area steps
        for (String file : List.of("01-la-low-step2-us-md.json", "08-la-reapplicant-us-md.json")) {
            Profile profile = profile(file);
            RecommendationOptions options = RecommendationOptions.forProfile(profile);
            List<WhatIf> changes = List.of(new WhatIf.Step2Change(10), new WhatIf.ResearchYear());
            PreparedCatalog catalog = PreparedCatalog.of(Fixtures.geography(), Fixtures.starterCatalog());
            Planner.Result alone = new Planner(Fixtures.geography(), MODEL).plan(profile, catalog, options, changes);
            Planner.Result shared =
                    new Planner(Fixtures.geography(), MODEL, pool).plan(profile, catalog, options, changes);
            assertThat(shared.json()).isEqualTo(alone.json());
            assertThat(alone.strategy().areas()).isNotEmpty();
            assertThat(alone.whatIfs()).hasSize(2);
        }
    }

    @Test
    void anAdvancedSpecialtysPgy1OptionsArePricedOnThePoolToo() throws Exception {
        Profile profile = profile("01-la-low-step2-us-md.json").withSpecialty(Specialty.DERMATOLOGY);
        RecommendationOptions options = RecommendationOptions.forProfile(profile);
        PreparedCatalog catalog = PreparedCatalog.of(Fixtures.geography(), Fixtures.starterCatalog());
        Planner.Result alone = new Planner(Fixtures.geography(), MODEL).plan(profile, catalog, options, List.of());
        Planner.Result shared =
                new Planner(Fixtures.geography(), MODEL, pool).plan(profile, catalog, options, List.of());
        assertThat(shared.json()).isEqualTo(alone.json());
        assertThat(alone.strategy().pgy1Year()).isPresent();
        assertThat(alone.strategy().realism()).isPresent();
    }

    private static Profile profile(String file) throws Exception {
        String json = Files.readString(Path.of("examples", file));
        return ((ProfileCheck.Valid) new ProfileReader(Fixtures.geography(), 2026).read(json)).profile();
    }
}
