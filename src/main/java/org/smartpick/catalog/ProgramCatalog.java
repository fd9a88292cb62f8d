package org.smartpick.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.smartpick.catalog.geo.ZipDirectory;
import org.smartpick.engine.season.Program;

/**
 * An immutable set of programs — the bundled starter catalog, or one an operator loaded — in catalog order.
 */
public record ProgramCatalog(String name, List<Program> programs) {
    static final String STARTER_RESOURCE = "/catalog/starter-catalog.csv";

    public ProgramCatalog {
        programs = List.copyOf(programs);
    }

    /**
     * The bundled catalog: identity facts of the programs of California, Nevada, Arizona and Oregon, with the
     * hand-written Southern California rows (docs/data.md). It must read without a single problem; a problem is a
     * packaging bug, not bad input.
     */
    public static ProgramCatalog starter(ZipDirectory zips) {
        try (InputStream in = ProgramCatalog.class.getResourceAsStream(STARTER_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + STARTER_RESOURCE);
            }
            var result = new OperatorCsv(zips)
                    .read("starter-catalog.csv", new InputStreamReader(in, StandardCharsets.UTF_8));
            if (!result.problems().isEmpty()) {
                throw new IllegalStateException("the bundled catalog has problems: " + result.problems());
            }
            return new ProgramCatalog("starter", result.programs());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + STARTER_RESOURCE, e);
        }
    }

    /**
     * The program with this catalog id, else with this ACGME id — the same program in every catalog, so a rank list
     * written with ACGME ids works on the bundled and on a national catalog (the categorical track first where a
     * preliminary one shares the id).
     */
    public Optional<Program> byId(String id) {
        return programs.stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .or(() -> programs.stream()
                        .filter(p -> id.equals(p.acgmeId()))
                        .min(Comparator.comparing(p -> p.specialty().isOneYear())));
    }

    public int size() {
        return programs.size();
    }
}
