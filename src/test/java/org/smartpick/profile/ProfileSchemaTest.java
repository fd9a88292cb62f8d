package org.smartpick.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartpick.Fixtures;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.CensusDivision;
import org.smartpick.engine.ProgramSetting;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;
import org.smartpick.engine.profile.Budget;
import org.smartpick.engine.profile.ExamScale;
import org.smartpick.engine.profile.Experience;
import org.smartpick.engine.profile.ImgCredentials;
import org.smartpick.engine.profile.RedFlags;

/** The published JSON Schema agrees with the reader: valid documents pass it, and its enums are the model's. */
class ProfileSchemaTest {
    private static final JsonSchema SCHEMA = load();
    private static final JsonNode SCHEMA_JSON = schemaJson();

    private static JsonSchema load() {
        try (InputStream in = ProfileSchemaTest.class.getResourceAsStream("/profile.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode schemaJson() {
        try (InputStream in = ProfileSchemaTest.class.getResourceAsStream("/profile.schema.json")) {
            return Docs.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> examples() {
        return Fixtures.exampleProfiles();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExamplePassesTheSchema(Path file) throws IOException {
        assertThat(SCHEMA.validate(Docs.MAPPER.readTree(Files.readString(file))))
                .isEmpty();
    }

    @Test
    void whatTheWriterWritesPassesTheSchema() throws IOException {
        Random random = new Random(7);
        ProfileWriter writer = new ProfileWriter();
        for (int i = 0; i < 200; i++) {
            JsonNode doc = Docs.MAPPER.readTree(writer.write(RandomProfiles.next(random)));
            assertThat(SCHEMA.validate(doc)).as(doc.toString()).isEmpty();
        }
    }

    @Test
    void theSchemaRejectsWhatTheReaderRejects() {
        assertThat(SCHEMA.validate(Docs.with(Docs.persona(), "/exams/step2ck/score", 320)))
                .isNotEmpty();
        assertThat(SCHEMA.validate(Docs.with(Docs.persona(), "/experience/reserch", 1)))
                .isNotEmpty();
        assertThat(SCHEMA.validate(Docs.with(Docs.persona(), "/specialty", null)))
                .isNotEmpty();
    }

    @Test
    void theSchemaEnumsAreTheModelsEnums() {
        JsonNode props = SCHEMA_JSON.get("properties");
        assertThat(names(props.at("/applicantType/enum"))).isEqualTo(names(ApplicantType.values()));
        assertThat(names(props.at("/specialty/enum"))).isEqualTo(names(Specialty.values()));
        assertThat(names(props.at("/school/properties/state/enum"))).isEqualTo(names(UsState.values()));
        assertThat(names(props.at("/preferences/properties/divisions/items/enum")))
                .isEqualTo(names(CensusDivision.values()));
        assertThat(names(props.at("/preferences/properties/settingsWanted/items/enum")))
                .isEqualTo(names(ProgramSetting.values()));
    }

    @Test
    void theSchemaBoundsAreTheModelsBounds() {
        JsonNode props = SCHEMA_JSON.get("properties");
        assertThat(props.at("/redFlags/properties/examFailures/maximum").asInt())
                .isEqualTo(RedFlags.MAX_EXAM_FAILURES);
        assertThat(props.at("/experience/properties/research/maximum").asInt()).isEqualTo(Experience.MAX_RESEARCH);
        assertThat(props.at("/experience/properties/publications/maximum").asInt())
                .isEqualTo(Experience.MAX_PUBLICATIONS);
        assertThat(props.at("/img/properties/usceMonths/maximum").asInt()).isEqualTo(ImgCredentials.MAX_USCE_MONTHS);
        assertThat(props.at("/budget/properties/applications/maximum").asInt()).isEqualTo(Budget.MAX_APPLICATIONS);
        assertThat(props.at("/exams/properties/step2ck/properties/score/maximum")
                        .asInt())
                .isEqualTo(ExamScale.STEP2_CK.max());
        assertThat(props.at("/exams/properties/step2ck/properties/score/minimum")
                        .asInt())
                .isEqualTo(ExamScale.STEP2_CK.min());
    }

    private static List<String> names(JsonNode array) {
        return Docs.MAPPER.convertValue(
                array, Docs.MAPPER.getTypeFactory().constructCollectionType(List.class, String.class));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
