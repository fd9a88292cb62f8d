package org.smartpick.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.catalog.OperatorCsv;
import org.smartpick.catalog.ProgramCatalog;

/** Loads the catalog a command works on: an operator CSV given with {@code --catalog}, else the starter catalog. */
final class CatalogFiles {
    private CatalogFiles() {
    }

    static ProgramCatalog load(Path file, Geography geography) {
        if (file == null) {
            return ProgramCatalog.starter(geography.zips());
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var result = new OperatorCsv(geography.zips()).read(file.toString(), in);
            if (!result.problems().isEmpty()) {
                throw new BadInput(file + ": " + result.problems().size() + " problem(s):\n  " + result.problems()
                        .stream().map(Object::toString).collect(Collectors.joining("\n  ")));
            }
            return new ProgramCatalog(file.getFileName().toString(), result.programs());
        } catch (NoSuchFileException e) {
            throw new BadInput(file + ": no such file");
        } catch (IOException e) {
            throw new BadInput(file + ": cannot read: " + e.getMessage());
        }
    }
}
