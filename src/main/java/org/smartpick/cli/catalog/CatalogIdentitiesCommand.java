package org.smartpick.cli.catalog;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.smartpick.catalog.OperatorCsv;
import org.smartpick.catalog.ProgramCatalog;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.catalog.imports.IdentityCatalog;
import org.smartpick.catalog.imports.NationalImport;
import org.smartpick.cli.common.BadInput;
import org.smartpick.cli.common.CatalogFiles;
import org.smartpick.engine.UsState;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code smartpick catalog identities}: an operator CSV of identity facts only for some states, from the official
 * lists, merged with hand-written rows — how the bundled catalog is made (docs/data.md, "The bundled catalog").
 */
@Command(
        name = "identities",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Writes an operator CSV with the identity facts only (name, city, state, ZIP, specialty,"
                    + " setting, ACGME id, website) of the programs of some states, from the official lists, merged"
                    + " with hand-written rows; no statistics. This is how the bundled catalog is made."
        })
final class CatalogIdentitiesCommand implements Callable<Integer> {
    static final String SOURCE = "identity facts (ACGME id, name, city, state, website; ZIP and setting where"
            + " listed) from the AAMC ERAS participating-program lists and Residency Explorer exports, 2021 cycle";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(
            names = "--residency-explorer",
            paramLabel = "PATH",
            description = "AAMC Residency Explorer" + " exports (.xlsx)")
    List<Path> explorer = new ArrayList<>();

    @CommandLine.Option(names = "--eras", paramLabel = "PATH", description = "ERAS participating-program lists (.csv)")
    List<Path> eras = new ArrayList<>();

    @CommandLine.Option(
            names = "--states",
            paramLabel = "XX,YY",
            split = ",",
            required = true,
            description = "two-letter codes of the states to keep")
    List<String> states = new ArrayList<>();

    @CommandLine.Option(
            names = "--keep",
            paramLabel = "FILE",
            description = "hand-written rows to keep (an" + " operator CSV; default: the bundled catalog's)")
    Path keep;

    @CommandLine.Option(names = "--out", paramLabel = "FILE", required = true, description = "the CSV to write")
    Path out;

    @Override
    public Integer call() throws IOException {
        Set<UsState> wanted = EnumSet.noneOf(UsState.class);
        for (String code : states) {
            wanted.add(UsState.fromCode(code.trim().toUpperCase(Locale.ROOT))
                    .orElseThrow(() -> new BadInput("--states: unknown state code \"" + code + "\"")));
        }
        Geography geography = Geography.bundled();
        NationalImport.Sources sources = new NationalImport.Sources(
                CatalogFiles.files(explorer, ".xlsx", "--residency-explorer"),
                CatalogFiles.files(eras, ".csv", "--eras"),
                List.of(),
                List.of());
        if (sources.residencyExplorer().isEmpty() && sources.eras().isEmpty()) {
            throw new BadInput("give --residency-explorer or --eras");
        }
        NationalImport.Result imported;
        try {
            imported = new NationalImport(geography.zips()).run(sources, (done, all) -> {});
        } catch (NationalImport.Failed failed) {
            throw new BadInput(failed.getMessage());
        }
        ProgramCatalog hand = CatalogFiles.load(keep, geography);
        IdentityCatalog.Result result = IdentityCatalog.build(imported.programs(), wanted, hand.programs(), SOURCE);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            new OperatorCsv(geography.zips()).write(result.programs(), OperatorCsv.IDENTITY_COLUMNS, w);
        }
        var print = spec.commandLine().getOut();
        print.printf(
                Locale.ROOT,
                "%s: %d programs (%d hand-written rows matched to listed programs, %d kept as" + " written)%n",
                out,
                result.programs().size(),
                result.matched(),
                result.unmatchedHandWritten().size());
        result.unmatchedHandWritten().forEach(u -> print.println("  kept, not matched: " + u));
        return 0;
    }
}
