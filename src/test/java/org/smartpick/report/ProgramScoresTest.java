package org.smartpick.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartpick.Fixtures;
import org.smartpick.catalog.ModelInputs;
import org.smartpick.engine.Signal;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.engine.chance.ProgramChance;
import org.smartpick.engine.profile.Profile;
import org.smartpick.profile.ProfileCheck;
import org.smartpick.profile.ProfileReader;
import org.smartpick.reference.ModelParameterFile;

/** The score use case on its own, and the writer every document goes through. */
class ProgramScoresTest {
    private static final ChanceModel MODEL = new ChanceModel(ModelParameterFile.bundled(), Fixtures.season());

    @Test
    void everyProgramOfTheSpecialtyMostLikelyFirstWithItsChancesBySignal() throws Exception {
        String json = Files.readString(Path.of("examples/01-la-low-step2-us-md.json"));
        Profile profile = ((ProfileCheck.Valid) new ProfileReader(Fixtures.geography(), 2026).read(json)).profile();
        ProgramScores scores = ProgramScores.of(
                MODEL,
                new ModelInputs(Fixtures.geography()),
                profile,
                Specialty.INTERNAL_MEDICINE,
                Fixtures.starterCatalog().programs());
        long internalMedicine = Fixtures.starterCatalog().programs().stream()
                .filter(p -> p.specialty() == Specialty.INTERNAL_MEDICINE)
                .count();
        assertThat(scores.programs()).hasSize((int) internalMedicine);
        List<Double> success = scores.programs().stream()
                .map(c -> c.outcome(Signal.NONE).success())
                .toList();
        assertThat(success).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(scores.signals()).containsExactly(Signal.GOLD, Signal.SILVER);
        @SuppressWarnings("unchecked")
        Map<String, Object> first = ((List<Map<String, Object>>) scores.json().get("programs")).get(0);
        assertThat(((Map<String, ?>) first.get("outcomes")).keySet()).containsExactly("NONE", "GOLD", "SILVER");
        ProgramChance best = scores.programs().get(0);
        assertThat(best.outcome(Signal.GOLD).interview())
                .isGreaterThan(best.outcome(Signal.NONE).interview());
        assertThat(scores.json().keySet()).containsExactly("specialty", "signals", "programs");
    }

    @Test
    void aDocumentsObjectsKeepTheOrderTheyWereGiven() {
        Map<String, Object> doc = JsonDocuments.fields("z", 1, "a", null, "m", List.of("x"));
        assertThat(doc.keySet()).containsExactly("z", "a", "m");
        assertThat(JsonDocuments.text(doc)).isEqualTo("{\"z\":1,\"a\":null,\"m\":[\"x\"]}");
        assertThatThrownBy(() -> JsonDocuments.fields("lonely")).isInstanceOf(IllegalArgumentException.class);
    }
}
