package org.smartpick.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.smartpick.Fixtures;
import org.smartpick.catalog.ProgramCatalog;
import org.smartpick.engine.Signal;
import org.smartpick.profile.Tracker;

/** The interview calendar, read back by ical4j as a calendar program would. */
class InterviewCalendarTest {
    private static final ProgramCatalog CATALOG =
            ProgramCatalog.starter(Fixtures.geography().zips());

    private static Tracker.Entry entry(String id, Tracker.Status status, LocalDate interview, String notes) {
        return new Tracker.Entry(
                id,
                status,
                LocalDate.of(2025, 9, 24),
                Signal.NONE,
                interview == null ? null : interview.minusDays(20),
                interview,
                null,
                notes);
    }

    private static String value(VEvent event, String name) {
        return event.<Property>getProperty(name).orElseThrow().getValue();
    }

    @Test
    void eachInterviewIsAnAllDayEventThatAStandardParserReads() throws Exception {
        String notes = "Bring: CV; letters, and a question about the night-float\nschedule — ask Dr. Ñúñez";
        Tracker tracker = new Tracker(
                null,
                List.of(
                        entry("ucla-im", Tracker.Status.INTERVIEWED, LocalDate.of(2025, 11, 3), notes),
                        entry("harbor-ucla-im", Tracker.Status.INVITED, LocalDate.of(2025, 12, 1), null),
                        entry("uci-im", Tracker.Status.NO_WORD, null, null),
                        entry("loma-linda-im", Tracker.Status.WITHDRAWN, LocalDate.of(2025, 12, 9), null)));
        String ics = InterviewCalendar.of(
                tracker, id -> CATALOG.byId(id).orElse(null), Instant.parse("2025-10-20T08:00:00Z"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        VEvent first = events.get(0);
        assertThat(value(first, Property.SUMMARY)).isEqualTo("Interview: UCLA Internal Medicine");
        assertThat(value(first, Property.DESCRIPTION)).isEqualTo(notes);
        assertThat(value(first, Property.DTSTART)).isEqualTo("20251103");
        assertThat(value(first, Property.LOCATION)).contains("Ronald Reagan UCLA Medical Center", "Los Angeles");
        // RFC 5545 lines: CRLF, at most 75 octets each
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(ics).endsWith("END:VCALENDAR\r\n").doesNotContain("\n\n");
    }
}
