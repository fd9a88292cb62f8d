package org.smartpick.cli.match;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.smartpick.cli.common.BadInput;
import org.smartpick.engine.FieldProblem;
import org.smartpick.match.MatchInstance;
import org.smartpick.profile.JsonFields;

/** Reads a Match instance (docs/api.md, "match run") with {@link JsonFields}, collecting every problem. */
final class MatchInstanceReader {
    /** Ids and lists are bounded so that a mistaken file fails with a message, not after minutes. */
    private static final int MAX_ID = 200;

    private static final int MAX_ENTRIES = 100_000;

    private final List<FieldProblem> problems = new ArrayList<>();

    static MatchInstance read(JsonNode doc) {
        MatchInstanceReader reader = new MatchInstanceReader();
        MatchInstance instance = reader.parse(JsonFields.root(doc, reader.problems));
        if (!reader.problems.isEmpty() || instance == null) {
            throw BadInput.listing("instance", reader.problems);
        }
        return instance;
    }

    private MatchInstance parse(JsonFields doc) {
        List<MatchInstance.ProgramEntry> programs = doc.list("programs", MAX_ENTRIES, each(this::program));
        List<MatchInstance.ApplicantEntry> applicants = doc.list("applicants", MAX_ENTRIES, each(this::applicant));
        List<MatchInstance.CoupleEntry> couples = doc.list("couples", MAX_ENTRIES, each(this::couple));
        doc.rejectUnknown();
        if (problems.isEmpty() && (programs.isEmpty() || applicants.isEmpty() && couples.isEmpty())) {
            // An empty file would otherwise "match" stably with nobody in it.
            doc.problem(null, "an instance needs at least one program and one applicant or couple");
        }
        if (!problems.isEmpty()) {
            return null;
        }
        try {
            return new MatchInstance(programs, applicants, couples);
        } catch (IllegalArgumentException e) {
            doc.problem(null, e.getMessage());
            return null;
        }
    }

    /** Reads each list element as an object with {@code read}; an element that is not an object is a problem. */
    private static <T> Function<JsonFields.Element, T> each(Function<JsonFields, T> read) {
        return e -> {
            JsonFields fields = e.fields();
            return fields == null ? null : read.apply(fields);
        };
    }

    private MatchInstance.ProgramEntry program(JsonFields p) {
        String id = p.text("id", true, MAX_ID);
        Integer capacity = p.integer("capacity", true, 0, MAX_ENTRIES);
        List<String> rank = ids(p, "rank");
        boolean advanced = p.bool("advanced", false);
        String revertsTo = p.text("revertsTo", false, MAX_ID);
        p.rejectUnknown();
        return id == null || capacity == null
                ? null
                : new MatchInstance.ProgramEntry(id, capacity, rank, advanced, revertsTo);
    }

    private MatchInstance.ApplicantEntry applicant(JsonFields a) {
        String id = a.text("id", true, MAX_ID);
        List<String> rank = ids(a, "rank");
        List<String> supplemental = ids(a, "supplemental");
        a.rejectUnknown();
        return id == null ? null : new MatchInstance.ApplicantEntry(id, rank, supplemental);
    }

    private MatchInstance.CoupleEntry couple(JsonFields c) {
        List<String> members = ids(c, "members");
        if (members.size() != 2) {
            c.problem("members", "must be two applicant ids");
        }
        List<String[]> pairs = c.list("rank", MAX_ENTRIES, MatchInstanceReader::pair);
        c.rejectUnknown();
        return members.size() == 2 ? new MatchInstance.CoupleEntry(members.get(0), members.get(1), pairs) : null;
    }

    /** One line of a couple's list: [program, program], either null (that partner unmatched) but not both. */
    private static String[] pair(JsonFields.Element e) {
        JsonNode pair = e.value();
        boolean shaped = pair.isArray()
                && pair.size() == 2
                && (pair.get(0).isTextual() || pair.get(1).isTextual());
        if (!shaped || !idOrNull(pair.get(0)) || !idOrNull(pair.get(1))) {
            e.problem("must be [program, program] with at most one null");
            return null;
        }
        return new String[] {pair.get(0).textValue(), pair.get(1).textValue()};
    }

    private static boolean idOrNull(JsonNode node) {
        return node.isNull() || node.isTextual() && !node.textValue().isBlank();
    }

    private static List<String> ids(JsonFields f, String name) {
        return f.list(name, MAX_ENTRIES, e -> e.text(MAX_ID));
    }
}
