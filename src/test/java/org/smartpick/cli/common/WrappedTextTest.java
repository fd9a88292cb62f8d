package org.smartpick.cli.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrappedTextTest {
    @Test
    void longLinesBreakAtSpacesUnderTheirText() {
        List<String> lines = WrappedText.wrap("  · " + "word ".repeat(30).trim(), 40);
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(40));
        assertThat(lines.get(0)).startsWith("  · word");
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).startsWith("    word"));
        assertThat(String.join(" ", lines).replaceAll("\\s+", " ").trim())
                .isEqualTo("· " + "word ".repeat(30).trim());
        assertThat(WrappedText.wrap("12. title " + "x ".repeat(30), 30).get(1)).startsWith("    x");
        assertThat(WrappedText.wrap("short", 80)).containsExactly("short");
    }

    @Test
    void aWordLongerThanTheLineIsCut() {
        assertThat(WrappedText.wrap("y".repeat(100), 40))
                .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(40));
    }
}
