package org.smartpick.engine.chance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.ProgramSetting;
import org.smartpick.engine.Signal;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;
import org.smartpick.engine.profile.ProfileBuilder;
import org.smartpick.engine.season.Program;

/** Spanish counts where many patients speak it, as a stated prior, and nowhere else. */
class LanguageFactorTest {
    private static List<String> keys(ProgramChance c) {
        return c.factors().stream().map(Factor::key).toList();
    }

    @Test
    void spanishIsAReasonInCaliforniaButNotInNewYorkOrForEnglishOnly() {
        ProfileBuilder b = ProfileBuilder.usMd();
        b.languages = List.of("English", "spanish");
        Program la = Models.program("la", Specialty.INTERNAL_MEDICINE, UsState.CA, ProgramSetting.COUNTY);
        Program ny = Models.program("ny", Specialty.INTERNAL_MEDICINE, UsState.NY, ProgramSetting.COUNTY);
        ProgramChance speaks = Models.assess(b.build(), la);
        assertThat(keys(speaks)).contains("language");
        assertThat(speaks.reasons()).anyMatch(r -> r.text().startsWith("you speak Spanish"));
        assertThat(keys(Models.assess(b.build(), ny))).doesNotContain("language");
        ProfileBuilder english = ProfileBuilder.usMd();
        ProgramChance without = Models.assess(english.build(), la);
        assertThat(keys(without)).doesNotContain("language");
        assertThat(speaks.outcome(Signal.NONE).interview())
                .isGreaterThan(without.outcome(Signal.NONE).interview());
    }
}
