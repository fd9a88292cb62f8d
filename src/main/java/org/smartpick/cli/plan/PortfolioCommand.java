package org.smartpick.cli.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.smartpick.cli.common.CommandGroup;
import org.smartpick.cli.common.ProfileFiles;
import org.smartpick.engine.Signal;
import org.smartpick.engine.portfolio.ExactDynamicProgram;
import org.smartpick.engine.portfolio.PortfolioOptimizer;
import org.smartpick.engine.portfolio.PortfolioProblem;
import org.smartpick.engine.portfolio.Selection;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code smartpick portfolio solve INSTANCE.json}: the optimizer on a raw instance, for research and checking. */
@Command(
        name = "portfolio",
        mixinStandardHelpOptions = true,
        description = "The portfolio optimizer on raw instances (docs/api.md).",
        subcommands = PortfolioCommand.Solve.class)
public final class PortfolioCommand extends CommandGroup {

    /** {@code smartpick portfolio solve}. */
    @Command(
            name = "solve",
            mixinStandardHelpOptions = true,
            description = "Solves a raw instance and prints JSON: the exact dynamic program when outcomes are"
                    + " independent, greedy with local search when a correlation is given.")
    static final class Solve implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Parameters(paramLabel = "INSTANCE", description = "the instance JSON file")
        Path file;

        @Override
        public Integer call() throws JsonProcessingException {
            ObjectMapper mapper = new ObjectMapper();
            var doc = ProfileFiles.readJson(file);
            PortfolioProblem problem = PortfolioInstance.read(doc);
            boolean exact = problem.nodes() == 1;
            Selection selection;
            try {
                selection = exact ? new ExactDynamicProgram().solve(problem) : greedy(problem);
            } catch (IllegalArgumentException tooLarge) {
                exact = false;
                selection = greedy(problem);
            }
            spec.commandLine()
                    .getOut()
                    .println(mapper.enable(SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(result(problem, selection, exact)));
            return 0;
        }

        private static Selection greedy(PortfolioProblem problem) {
            return new PortfolioOptimizer().optimize(problem);
        }

        static Map<String, Object> result(PortfolioProblem problem, Selection selection, boolean exact) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put(
                    "chosen",
                    selection.picks().stream()
                            .map(p -> problem.items().get(p.item()).id())
                            .toList());
            out.put("value", selection.value());
            out.put("pMatch", selection.pMatch());
            Map<String, String> signals = new LinkedHashMap<>();
            selection.picks().stream()
                    .filter(p -> p.signal() != Signal.NONE)
                    .forEach(p -> signals.put(
                            problem.items().get(p.item()).id(),
                            p.signal().name().toLowerCase(Locale.ROOT)));
            out.put("signals", signals);
            out.put("cost", selection.cost());
            out.put(
                    "method",
                    exact
                            ? "exact dynamic program (independent outcomes)"
                            : "local search from the greedy set and from the independent optimum (correlated outcomes or too"
                                    + " large for the exact program)");
            return out;
        }
    }
}
