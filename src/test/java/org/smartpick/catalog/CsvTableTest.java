package org.smartpick.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {
    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() throws Exception {
        CsvTable t = CsvTable.read(new StringReader("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",\n"));
        assertThat(t.header()).containsExactly("a", "b");
        assertThat(t.rows())
                .extracting(CsvTable.Row::cells)
                .containsExactly(List.of("x, y", "say \"hi\""), List.of("two\nlines", ""));
        assertThat(t.rows()).extracting(CsvTable.Row::line).containsExactly(2, 3);
    }

    @Test
    void windowsLineEndingsAndAMissingFinalNewlineAreFine() throws Exception {
        CsvTable t = CsvTable.read(new StringReader("a,b\r\n1,2\r\n3,4"));
        assertThat(t.rows()).extracting(CsvTable.Row::cells).containsExactly(List.of("1", "2"), List.of("3", "4"));
    }

    @Test
    void blankLinesAreSkipped() throws Exception {
        CsvTable t = CsvTable.read(new StringReader("a\n1\n\n2\n"));
        assertThat(t.rows()).extracting(CsvTable.Row::line).containsExactly(2, 4);
    }

    @Test
    void anUnclosedQuoteIsAnError() {
        assertThatThrownBy(() -> CsvTable.read(new StringReader("a\n\"oops\n"))).hasMessageContaining("line 2");
    }

    @Test
    void anEmptyFileIsAnError() {
        assertThatThrownBy(() -> CsvTable.read(new StringReader(""))).hasMessageContaining("empty");
    }

    @Test
    void quotingForWritingRoundTrips() throws Exception {
        String value = "He said \"no, thanks\"";
        CsvTable t = CsvTable.read(new StringReader("a\n" + CsvTable.quote(value) + "\n"));
        assertThat(t.rows().get(0).cells()).containsExactly(value);
    }

    @Test
    void formulaCellsAreNeutralisedOnWriteAndRestoredOnRead() throws Exception {
        for (String formula : List.of("=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx")) {
            assertThat(CsvTable.quote(formula)).as(formula).matches("\"?'.*");
        }
        assertThat(CsvTable.quote("-118.2")).isEqualTo("-118.2");
        assertThat(CsvTable.quote("+5")).isEqualTo("+5");
        assertThat(CsvTable.quote("Kaiser Permanente")).isEqualTo("Kaiser Permanente");
        String file = "name,lon\n" + CsvTable.quote("=cmd|' /C calc'!A0") + "," + CsvTable.quote("-118.2") + "\n";
        CsvTable table = CsvTable.read(new StringReader(file));
        assertThat(table.rows().get(0).cells()).containsExactly("=cmd|' /C calc'!A0", "-118.2");
    }
}
