package org.smartpick.cli.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.smartpick.catalog.CatalogQuery;
import org.smartpick.catalog.OperatorCsv;
import org.smartpick.catalog.ProgramCatalog;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.catalog.geo.Place;
import org.smartpick.catalog.geo.Region;
import org.smartpick.cli.common.BadInput;
import org.smartpick.cli.common.CatalogOption;
import org.smartpick.cli.common.CommandGroup;
import org.smartpick.cli.common.FormatOption;
import org.smartpick.cli.common.OutputFormat;
import org.smartpick.cli.common.TextTable;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;
import org.smartpick.engine.season.Program;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code smartpick catalog …}: the program catalog. */
@Command(
        name = "catalog",
        mixinStandardHelpOptions = true,
        description = "The program catalog (docs/data.md).",
        subcommands = {
            CatalogCommand.ListPrograms.class,
            CatalogImportCommand.class,
            CatalogIdentitiesCommand.class,
            CatalogVersionsCommand.class,
            CatalogVersionsCommand.Activate.class,
            CatalogVersionsCommand.Stats.class
        })
public final class CatalogCommand extends CommandGroup {

    /** {@code smartpick catalog list}. */
    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = "Lists the programs that match every filter given.")
    static final class ListPrograms implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Option(
                names = "--specialty",
                paramLabel = "S",
                description = "a specialty such as INTERNAL_MEDICINE or family-medicine")
        String specialty;

        @CommandLine.Option(
                names = "--region",
                paramLabel = "R",
                description = "a named region, e.g. \"Los Angeles: San Fernando Valley\" or \"Inland Empire\"")
        String region;

        @CommandLine.Option(names = "--state", paramLabel = "XX", description = "a two-letter state code")
        String state;

        @CommandLine.Option(names = "--within", paramLabel = "MILES", description = "distance limit; needs --of")
        Double within;

        @CommandLine.Option(names = "--of", paramLabel = "PLACE", description = "\"City, ST\" or a ZIP code")
        String of;

        @CommandLine.Mixin
        FormatOption format;

        @CommandLine.Mixin
        CatalogOption catalogOption;

        @Override
        public Integer call() throws IOException {
            Geography geography = Geography.bundled();
            ProgramCatalog catalog = catalogOption.load(geography);
            CatalogQuery query = query(geography);
            List<Program> programs = query.run(catalog, geography);
            var out = spec.commandLine().getOut();
            switch (format.get()) {
                case csv -> {
                    var writer = new StringWriter();
                    new OperatorCsv(geography.zips()).write(programs, writer);
                    out.print(writer);
                }
                case json -> out.println(json(programs));
                case table -> table(programs, query).print(out);
            }
            if (format.get() == OutputFormat.table) {
                out.println(programs.size() + " of " + catalog.size() + " programs");
            }
            return 0;
        }

        private CatalogQuery query(Geography geography) {
            Specialty s = specialty == null
                    ? null
                    : Specialty.parse(specialty)
                            .orElseThrow(() -> new BadInput("--specialty: unknown specialty \"" + specialty
                                    + "\"; one of " + List.of(Specialty.values())));
            UsState st = state == null
                    ? null
                    : UsState.fromCode(state)
                            .orElseThrow(
                                    () -> new BadInput("--state: \"" + state + "\" is not a two-letter US state code"));
            Region r = region == null
                    ? null
                    : geography
                            .regions()
                            .find(region)
                            .orElseThrow(
                                    () -> new BadInput("--region: unknown region \"" + region + "\"; known regions: "
                                            + geography.regions().all().stream()
                                                    .map(Region::name)
                                                    .toList()));
            if ((within == null) != (of == null)) {
                throw new BadInput(
                        "--within and --of go together: give both, e.g. --within 30 --of \"Los Angeles, CA\"");
            }
            if (within != null && !(within > 0)) {
                throw new BadInput("--within: must be a positive number of miles");
            }
            Place place = of == null
                    ? null
                    : geography
                            .resolve(of)
                            .orElseThrow(() -> new BadInput(
                                    "--of: \"" + of + "\" is not a known place; it " + Geography.placeRule()));
            return new CatalogQuery(s, st, r, within, place);
        }

        private static TextTable table(List<Program> programs, CatalogQuery query) {
            boolean distance = query.of() != null;
            TextTable table = new TextTable(
                    distance
                            ? List.of("ID", "SPECIALTY", "CITY", "SETTING", "MILES", "PROGRAM")
                            : List.of("ID", "SPECIALTY", "CITY", "SETTING", "PROGRAM"),
                    distance ? List.of(28, 22, 16, 21, 6, 200) : List.of(28, 22, 16, 21, 200));
            for (Program p : programs) {
                List<String> row = new ArrayList<>(List.of(
                        p.id(),
                        p.specialty().label(),
                        p.site().city(),
                        p.setting() == null ? "" : p.setting().name()));
                if (distance) {
                    row.add(query.distance(p)
                            .map(d -> String.format(Locale.ROOT, "%.1f", d))
                            .orElse(""));
                }
                row.add(p.name());
                table.add(row);
            }
            return table;
        }

        private static String json(List<Program> programs) throws IOException {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode array = mapper.valueToTree(programs);
            return mapper.writeValueAsString(array);
        }
    }
}
