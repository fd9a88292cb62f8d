package org.smartpick.catalog.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smartpick.engine.season.Program;

/**
 * Joins interview-rate files to a catalog's programs in memory, for the model's fit and validation on the active
 * catalog (the import stores them in a catalog version instead).
 */
public final class InterviewRateData {
    /** The programs with the rates joined, and what joined. */
    public record Result(List<Program> programs, ImportReport report) {}

    private InterviewRateData() {}

    public static Result attach(List<Program> programs, List<Path> files, int season) throws IOException {
        ImportReport report = new ImportReport();
        Map<String, Program> byId = new LinkedHashMap<>();
        programs.forEach(p -> byId.put(p.id(), p));
        join(files, season, byId, report);
        return new Result(new ArrayList<>(byId.values()), report);
    }

    /** Reads each file and joins its rows to the programs by id (replacing them with their rates attached). */
    static void join(List<Path> files, int season, Map<String, Program> programs, ImportReport report)
            throws IOException {
        for (Path file : files) {
            new InterviewRateJoin().join(InterviewRateFile.read(file, season, report), programs, report);
        }
    }
}
