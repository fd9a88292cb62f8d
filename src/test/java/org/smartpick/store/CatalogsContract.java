package org.smartpick.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.smartpick.Fixtures;
import org.smartpick.engine.season.ExplorerFigures;
import org.smartpick.engine.season.InterviewRates;
import org.smartpick.engine.season.MatchedCv;
import org.smartpick.engine.season.NrmpFigures;
import org.smartpick.engine.season.Program;
import org.smartpick.engine.season.ProgramStats;
import org.smartpick.engine.season.ResidentMix;
import org.smartpick.engine.season.ScoreRange;

/** The catalog store's behaviour, the same on every database: subclasses only supply the database. */
abstract class CatalogsContract {
    abstract Database database();

    private Catalogs catalogs() {
        return new Catalogs(database(), Fixtures.geography().zips());
    }

    @Test
    void aSavedVersionReadsBackEqual() {
        List<Program> programs = Fixtures.starterCatalog().programs();
        CatalogVersion v = catalogs().save(2026, "starter catalog", programs, false);
        assertThat(v.programCount()).isEqualTo(programs.size());
        assertThat(v.active()).isFalse();
        assertThat(catalogs().programs(v.id())).isEqualTo(programs);
    }

    @Test
    void publishedStatisticsSurviveTheRoundTrip() {
        Program p = Fixtures.starterCatalog()
                .programs()
                .get(0)
                .withStats(new ProgramStats(
                        new ExplorerFigures(
                                845,
                                21.3,
                                14,
                                14,
                                new ResidentMix(58.0, 38.0, 4.0, 0.0),
                                new ScoreRange(226, 235),
                                new MatchedCv(2.0, 2.0, 6.0),
                                "Initial Accreditation"),
                        "Participating",
                        new NrmpFigures("1234140C0", 14, 14),
                        new InterviewRates(2024, 0.32, 0.2, 0.05, 0.0, 0.5, 0.1, 0.02, null, 0.58, 0.3)));
        CatalogVersion v = catalogs().save(2026, "stats", List.of(p), false);
        assertThat(catalogs().programs(v.id())).containsExactly(p);
        assertThat(catalogs().programs(v.id()).get(0).stats().explorer().isNew())
                .contains(true);
    }

    @Test
    void exactlyOneVersionIsActiveAndAnEarlierOneCanBeReactivated() {
        List<Program> programs = Fixtures.starterCatalog().programs();
        CatalogVersion first = catalogs().save(2026, "first", programs.subList(0, 10), true);
        CatalogVersion second = catalogs().save(2026, "second", programs.subList(0, 20), true);
        assertThat(catalogs().active()).map(CatalogVersion::id).contains(second.id());
        assertThat(catalogs().activate(first.id())).isTrue();
        assertThat(catalogs().active()).map(CatalogVersion::id).contains(first.id());
        assertThat(catalogs().versions().stream().filter(CatalogVersion::active))
                .hasSize(1);
        assertThat(catalogs().activate(999_999)).isFalse();
    }

    @Test
    void theSameContentGivesTheSameHash() {
        List<Program> programs = Fixtures.starterCatalog().programs();
        CatalogVersion a = catalogs().save(2026, "a", programs, false);
        CatalogVersion b = catalogs().save(2026, "b", programs, false);
        CatalogVersion c = catalogs().save(2026, "c", programs.subList(1, programs.size()), false);
        assertThat(a.contentHash()).isEqualTo(b.contentHash()).isNotEqualTo(c.contentHash());
    }

    @Test
    void aFailedSaveLeavesTheStoreAsItWas() {
        List<Program> programs = Fixtures.starterCatalog().programs();
        CatalogVersion kept = catalogs().save(2026, "kept", programs.subList(0, 5), true);
        int versions = catalogs().versions().size();
        List<Program> duplicate = List.of(programs.get(0), programs.get(0));
        assertThatThrownBy(() -> catalogs().save(2026, "broken", duplicate, true))
                .isInstanceOf(RuntimeException.class);
        assertThat(catalogs().versions()).hasSize(versions);
        assertThat(catalogs().active()).map(CatalogVersion::id).contains(kept.id());
    }

    @org.junit.jupiter.api.Test
    void aPlanOfAnySizeTheApiAcceptsIsSavedWhole() {
        Plans plans = new Plans(database());
        String result = "{\"programs\": \"" + "x".repeat(1_100_000) + "\"}";
        SavedPlan saved = plans.create("{}", "{}", result);
        Assertions.assertThat(plans.find(saved.token()).orElseThrow().result()).isEqualTo(result);
    }

    @org.junit.jupiter.api.Test
    void aPlansTrackerIsSavedReadAndDeletedWithThePlan() {
        Plans plans = new Plans(database());
        SavedPlan saved = plans.create("{}", "{}", "{}");
        Assertions.assertThat(plans.tracker(saved.token())).contains("");
        String tracker = "{\"entries\": [{\"id\": \"a\", \"status\": \"INVITED\", \"notes\": \"é\"}]}";
        Assertions.assertThat(plans.saveTracker(saved.token(), tracker)).isTrue();
        Assertions.assertThat(plans.tracker(saved.token())).contains(tracker);
        Assertions.assertThat(plans.saveTracker("no-such-token", tracker)).isFalse();
        Assertions.assertThat(plans.delete(saved.token())).isTrue();
        Assertions.assertThat(plans.tracker(saved.token())).isEmpty();
    }
}
