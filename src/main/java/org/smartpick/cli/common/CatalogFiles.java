package org.smartpick.cli.common;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.smartpick.catalog.OperatorCsv;
import org.smartpick.catalog.ProgramCatalog;
import org.smartpick.catalog.geo.Geography;

/**
 * The files a command reads: the catalog it works on (an operator CSV given with {@code --catalog}, else the
 * starter catalog) and the export files of an import, given as files or folders.
 */
public final class CatalogFiles {
    private CatalogFiles() {}

    public static ProgramCatalog load(Path file, Geography geography) {
        if (file == null) {
            return ProgramCatalog.starter(geography.zips());
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var result = new OperatorCsv(geography.zips()).read(file.toString(), in);
            if (!result.problems().isEmpty()) {
                throw BadInput.listing(file.toString(), result.problems());
            }
            return new ProgramCatalog(file.getFileName().toString(), result.programs());
        } catch (NoSuchFileException e) {
            throw new BadInput(file + ": no such file");
        } catch (IOException e) {
            throw new BadInput(file + ": cannot read: " + e.getMessage());
        }
    }

    /** Each file given, and the files ending in {@code extension} in each folder given; bad input names the option. */
    public static List<Path> files(List<Path> paths, String extension, String option) {
        List<Path> out = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> list = Files.list(path)) {
                    list.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(extension))
                            .sorted()
                            .forEach(out::add);
                } catch (IOException e) {
                    throw new BadInput(option + ": cannot list " + path + ": " + e.getMessage());
                }
            } else if (Files.isRegularFile(path)) {
                out.add(path);
            } else {
                throw new BadInput(option + ": " + path + ": no such file or folder");
            }
        }
        return out;
    }
}
