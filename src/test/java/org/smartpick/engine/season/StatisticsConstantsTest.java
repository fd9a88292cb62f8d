package org.smartpick.engine.season;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The empty values of a program's statistics are whole whichever of their records the JVM meets first: a constant
 * built while another class is still being initialised reads that class's constants as null (an import that built a
 * {@link ResidentMix} before anything else once failed on {@code ExplorerFigures.NONE.residents()} being null).
 * Each case loads the records afresh, in a class loader of its own, starting from the named one.
 */
class StatisticsConstantsTest {
    @ParameterizedTest
    @ValueSource(strings = {"ResidentMix", "ScoreRange", "MatchedCv", "NrmpFigures", "ExplorerFigures", "ProgramStats"})
    void theEmptyStatisticsHaveNoMissingPartWhateverIsLoadedFirst(String first) throws Exception {
        URL classes = ProgramStats.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader fresh = new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader())) {
            Class.forName(ProgramStats.class.getPackageName() + "." + first, true, fresh);
            Class<?> stats = Class.forName(ProgramStats.class.getName(), true, fresh);
            Object none = stats.getField("NONE").get(null);
            Object explorer = stats.getMethod("explorer").invoke(none);
            assertThat(explorer).isNotNull();
            assertThat(stats.getMethod("nrmp").invoke(none)).isNotNull();
            for (String part : new String[] {"residents", "step1", "matched"}) {
                assertThat(explorer.getClass().getMethod(part).invoke(explorer))
                        .as(part)
                        .isNotNull();
            }
        }
    }
}
