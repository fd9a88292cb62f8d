package org.smartpick.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartpick.Fixtures;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.recommend.RecommendationOptions;
import org.smartpick.profile.ProfileCheck;
import org.smartpick.profile.ProfileReader;
import org.smartpick.reference.ModelParameterFile;

/**
 * The seed persona's whole plan on the bundled starter catalog, field by field, against the document committed in
 * src/test/resources/golden: any change to a number, a sentence or the shape shows up here. After a change meant to
 * move the answer, regenerate with {@code ./mvnw test -Dtest=PersonaGoldenTest -Dgolden.update=true} and review the
 * diff of the golden file like any other change.
 */
class PersonaGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/persona-plan.json");

    @Test
    void thePersonasPlanIsTheCommittedOne() throws Exception {
        String json = Files.readString(Path.of("examples/01-la-low-step2-us-md.json"));
        Profile profile = ((ProfileCheck.Valid) new ProfileReader(Fixtures.geography(), 2026).read(json)).profile();
        ChanceModel model = new ChanceModel(ModelParameterFile.bundled(), Fixtures.season());
        Planner.Result plan = new Planner(Fixtures.geography(), model)
                .plan(profile, Fixtures.starterCatalog(), RecommendationOptions.forProfile(profile), List.of());
        String actual =
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(plan.json()) + "\n";
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual)
                .as("the persona's plan differs from %s (regenerate with -Dgolden.update=true if meant)", GOLDEN)
                .isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }
}
