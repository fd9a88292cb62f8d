package org.smartpick.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.smartpick.Fixtures;
import org.smartpick.catalog.ProgramCatalog;
import org.smartpick.engine.FieldProblem;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.season.Program;
import org.smartpick.match.RankListOdds;
import org.smartpick.profile.JsonFields;
import org.smartpick.profile.ProfileCheck;
import org.smartpick.profile.ProfileReader;
import org.smartpick.reference.ModelParameterFile;

/** The rank-list and couple use cases on their own: what they read, what they compute, the documents they make. */
class RankListAndCoupleReportTest {
    private static final ChanceModel MODEL = new ChanceModel(ModelParameterFile.bundled(), Fixtures.season());
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Profile profile(String file) throws Exception {
        String json = Files.readString(Path.of(file));
        return ((ProfileCheck.Valid) new ProfileReader(Fixtures.geography(), 2026).read(json)).profile();
    }

    private static List<Program> internalMedicine(int n) {
        return Fixtures.starterCatalog().programs().stream()
                .filter(p -> p.specialty() == Specialty.INTERNAL_MEDICINE)
                .limit(n)
                .toList();
    }

    private static List<FieldProblem> problemsOf(String doc, Function<JsonFields, ?> read) throws Exception {
        List<FieldProblem> problems = new ArrayList<>();
        read.apply(JsonFields.root(JSON.readTree(doc), problems));
        return problems;
    }

    @Test
    void aRankListNamesCatalogProgramsOnceEachAndEveryBadEntryIsAProblemWithItsPointer() throws Exception {
        ProgramCatalog catalog = Fixtures.starterCatalog();
        String first = catalog.programs().get(0).id();
        List<FieldProblem> problems = new ArrayList<>();
        String doc = "{\"rank\": [\"" + first + "\", \"nowhere\", \"" + first + "\", 7]}";
        assertThat(RankListReport.programs(JsonFields.root(JSON.readTree(doc), problems), catalog))
                .containsExactly(catalog.programs().get(0));
        assertThat(problems)
                .extracting(FieldProblem::pointer, FieldProblem::message)
                .containsExactly(
                        tuple("/rank/1", "no program \"nowhere\" in the " + catalog.name() + " catalog"),
                        tuple("/rank/2", "\"" + first + "\" is ranked twice"),
                        tuple("/rank/3", "must be a non-empty text"));
        for (String empty : List.of("{\"rank\": []}", "{}", "{\"rank\": \"" + first + "\"}")) {
            assertThat(problemsOf(empty, d -> RankListReport.programs(d, catalog)))
                    .singleElement()
                    .extracting(FieldProblem::pointer)
                    .isEqualTo("/rank");
        }
    }

    @Test
    void aRankListHoldsAtMostTheNrmpsThreeHundredRanks() throws Exception {
        ProgramCatalog catalog = Fixtures.starterCatalog();
        List<String> ids = catalog.programs().stream()
                .limit(RankListReport.MAX_RANKS + 1)
                .map(p -> "\"" + p.id() + "\"")
                .toList();
        String all = "{\"rank\": [" + String.join(", ", ids) + "]}";
        String most = "{\"rank\": [" + String.join(", ", ids.subList(0, RankListReport.MAX_RANKS)) + "]}";
        assertThat(problemsOf(most, d -> RankListReport.programs(d, catalog))).isEmpty();
        assertThat(problemsOf(all, d -> RankListReport.programs(d, catalog)))
                .singleElement()
                .extracting(FieldProblem::pointer, FieldProblem::message)
                .containsExactly("/rank", "must have at most 300 entries, got 301");
    }

    @Test
    void aCouplesPairsNameCatalogProgramsOrNullAndEveryBadPairIsAProblemWithItsPointer() throws Exception {
        ProgramCatalog catalog = Fixtures.starterCatalog();
        String a = catalog.programs().get(0).id();
        String b = catalog.programs().get(1).id();
        List<FieldProblem> problems = new ArrayList<>();
        String doc = "{\"pairs\": [[\"" + a + "\", \"" + b + "\"], [\"" + a + "\", null], [null, null], [\"" + a
                + "\"], \"" + a + "\", [\"nowhere\", 3]]}";
        List<Program[]> pairs = CoupleOddsReport.pairs(JsonFields.root(JSON.readTree(doc), problems), catalog);
        assertThat(pairs).hasSize(2);
        assertThat(pairs.get(0))
                .containsExactly(catalog.programs().get(0), catalog.programs().get(1));
        assertThat(pairs.get(1)).containsExactly(catalog.programs().get(0), null);
        assertThat(problems)
                .extracting(FieldProblem::pointer)
                .containsExactly("/pairs/2", "/pairs/3", "/pairs/4", "/pairs/5/0", "/pairs/5/1");
        assertThat(problemsOf("{}", d -> CoupleOddsReport.pairs(d, catalog)))
                .singleElement()
                .extracting(FieldProblem::pointer)
                .isEqualTo("/pairs");
    }

    @Test
    void theOddsGrowDownTheListAndAShortListIsWarnedAbout() throws Exception {
        Profile persona = profile("examples/01-la-low-step2-us-md.json");
        RankListReport two = RankListReport.of(Fixtures.geography(), MODEL, persona, internalMedicine(2));
        RankListReport eight = RankListReport.of(Fixtures.geography(), MODEL, persona, internalMedicine(8));
        List<Double> matchedBy = eight.result().steps().stream()
                .map(RankListOdds.Step::matchedByHere)
                .toList();
        assertThat(matchedBy).isSorted();
        assertThat(eight.result().pMatch()).isEqualTo(matchedBy.get(matchedBy.size() - 1), within());
        assertThat(eight.result().pMatch()).isGreaterThan(two.result().pMatch());
        assertThat(two.warnings()).anyMatch(w -> w.startsWith("Short list"));
        assertThat(eight.warnings()).noneMatch(w -> w.startsWith("Short list"));
        assertThat(eight.json().keySet()).containsExactly("pMatch", "pMatchLow", "pMatchHigh", "ranks", "warnings");
    }

    @Test
    void aCouplesOddsAreReproducibleByTheirSeedAndBoundedByEachMembersOwn() throws Exception {
        Profile a = profile("examples/06-couple-partner-a.json");
        Profile b = profile("examples/07-couple-partner-b.json");
        List<Program> im = internalMedicine(4);
        List<Program[]> pairs =
                List.of(new Program[] {im.get(0), im.get(1)}, new Program[] {im.get(2), im.get(3)}, new Program[] {
                    im.get(0), null
                });
        CoupleOddsReport one = CoupleOddsReport.of(Fixtures.geography(), MODEL, a, b, pairs, 2_000, 7, () -> false);
        CoupleOddsReport again = CoupleOddsReport.of(Fixtures.geography(), MODEL, a, b, pairs, 2_000, 7, () -> false);
        assertThat(again.json()).isEqualTo(one.json());
        var r = one.result();
        assertThat(r.bothMatch()).isLessThanOrEqualTo(Math.min(r.firstMatches(), r.secondMatches()));
        assertThat(r.someoneMatches()).isGreaterThanOrEqualTo(Math.max(r.firstMatches(), r.secondMatches()));
        assertThat(r.sameRegion()).isLessThanOrEqualTo(r.bothMatch());
        assertThat(one.json().keySet())
                .containsExactly(
                        "bothMatch",
                        "bothMatchSameRegion",
                        "firstMatches",
                        "secondMatches",
                        "someoneMatches",
                        "pairChances",
                        "pairs",
                        "draws",
                        "seed");
        assertThatThrownBy(() -> CoupleOddsReport.of(Fixtures.geography(), MODEL, a, b, pairs, 10, 7, () -> false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("draws must be between");
        assertThat(CoupleOddsReport.costProblem(10, 200_000)).isPresent();
        assertThat(CoupleOddsReport.costProblem(10, 100_000)).isEmpty();
    }

    private static Offset<Double> within() {
        return Offset.offset(1e-9);
    }
}
