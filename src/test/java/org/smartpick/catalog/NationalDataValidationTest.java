package org.smartpick.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.smartpick.Fixtures;
import org.smartpick.catalog.imports.NationalImport;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.Visa;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.engine.portfolio.Objective;
import org.smartpick.engine.profile.Applicant;
import org.smartpick.engine.recommend.Recommendation;
import org.smartpick.engine.recommend.RecommendationOptions;
import org.smartpick.engine.recommend.Recommender;
import org.smartpick.engine.season.Program;
import org.smartpick.profile.ProfileCheck;
import org.smartpick.profile.ProfileReader;
import org.smartpick.reference.ModelParameterFile;
import org.smartpick.reference.ReferenceData;

/** The full national data of ../shared/data imports, and the recommender respects what it says. */
class NationalDataValidationTest {
    private static NationalImport.Result national() throws Exception {
        return NationalData.imported();
    }

    @Test
    void theNationalCatalogImportsWithEverySpecialtyAndLocated() throws Exception {
        NationalImport.Result result = national();
        assertThat(result.programs()).hasSizeGreaterThan(5000);
        long located = result.programs().stream().filter(p -> p.point() != null).count();
        assertThat((double) located / result.programs().size()).isGreaterThanOrEqualTo(0.95);
        Set<Specialty> specialties =
                result.programs().stream().map(Program::specialty).collect(Collectors.toSet());
        assertThat(specialties).hasSizeGreaterThanOrEqualTo(45);
        assertThat(result.report().problems().size()).isLessThan(50);
        assertThat(result.report().nrmpJoinRate()).isGreaterThan(0.6);
    }

    @Test
    void anImgNeedingAnH1bIsNeverRecommendedAProgramThatDoesNotSponsorOne() throws Exception {
        String json =
                Files.readString(Path.of("examples/05-non-us-img-j1.json")).replace("\"J1\"", "\"H1B\"");
        var profile = ((ProfileCheck.Valid) new ProfileReader(Fixtures.geography(), 2026).read(json)).profile();
        ModelInputs inputs = new ModelInputs(Fixtures.geography());
        Applicant applicant = inputs.applicant(profile);
        Recommender recommender =
                new Recommender(new ChanceModel(ModelParameterFile.bundled(), ReferenceData.latest()));
        Recommendation r = recommender.recommend(
                applicant,
                inputs.candidates(national().programs()),
                new RecommendationOptions(Objective.MATCH, 80, null, 0.5, 120, 0));
        assertThat(r.programs())
                .hasSize(80)
                .allSatisfy(p -> assertThat(p.program().sponsors(Visa.H1B)).isNotEqualTo(Optional.of(false)));
        assertThat(r.excluded())
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.excludedBecause()).contains("H-1B"));
    }
}
