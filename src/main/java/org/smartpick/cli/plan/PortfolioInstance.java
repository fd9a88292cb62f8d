package org.smartpick.cli.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoublePredicate;
import org.smartpick.cli.common.BadInput;
import org.smartpick.engine.FieldProblem;
import org.smartpick.engine.Signal;
import org.smartpick.engine.chance.LatentStrength;
import org.smartpick.engine.portfolio.PortfolioItem;
import org.smartpick.engine.portfolio.PortfolioLimits;
import org.smartpick.engine.portfolio.PortfolioProblem;
import org.smartpick.engine.profile.Budget;
import org.smartpick.profile.JsonFields;

/**
 * Reads a raw portfolio instance (docs/api.md, "portfolio solve") with {@link JsonFields}, collecting every problem
 * with its JSON pointer.
 */
final class PortfolioInstance {
    /** More programs than a national catalog has in all specialties together. */
    static final int MAX_PROGRAMS = 20_000;

    private static final DoublePredicate PROBABILITY = v -> v >= 0 && v <= 1;
    private static final String PROBABILITY_RULE = "must be a probability in [0, 1]";
    private static final Map<String, Signal> SIGNALS =
            Map.of("gold", Signal.GOLD, "silver", Signal.SILVER, "plain", Signal.PLAIN);

    private final List<FieldProblem> problems = new ArrayList<>();
    private final List<PortfolioItem> items = new ArrayList<>();
    private final List<Double> chances = new ArrayList<>();
    private final Map<Signal, double[]> p = new EnumMap<>(Signal.class);
    private final Map<Signal, Integer> signalCounts = new EnumMap<>(Signal.class);
    private Integer applications;
    private Integer dollars;
    private double correlation;

    static PortfolioProblem read(JsonNode doc) {
        PortfolioInstance instance = new PortfolioInstance();
        instance.parse(JsonFields.root(doc, instance.problems));
        if (!instance.problems.isEmpty()) {
            throw BadInput.listing("instance", instance.problems);
        }
        return instance.problem();
    }

    private PortfolioProblem problem() {
        PortfolioLimits limits = new PortfolioLimits(applications, dollars, null, Map.of("all", signalCounts));
        return correlation > 0
                ? PortfolioProblem.correlated(items, p, correlation, LatentStrength.standard(), limits)
                : PortfolioProblem.independent(items, p, limits);
    }

    private void parse(JsonFields doc) {
        Set<String> ids = new HashSet<>();
        items.addAll(doc.list("programs", MAX_PROGRAMS, e -> program(e, ids)));
        if (items.isEmpty() && problems.isEmpty()) {
            doc.problem("programs", "is required: a non-empty list of {\"id\", \"p\", \"utility\", \"fee\"}");
        }
        p.put(Signal.NONE, chances.stream().mapToDouble(Double::doubleValue).toArray());
        doc.object("budget", true).ifPresent(this::budget);
        doc.members("signals", false).forEach(m -> signal(m.getKey(), m.getValue()));
        Double rho = doc.number("correlation", false, v -> v >= 0 && v < 1, "must be a number in [0, 1)");
        correlation = rho == null ? 0 : rho;
        doc.rejectUnknown();
    }

    private PortfolioItem program(JsonFields.Element element, Set<String> ids) {
        JsonFields f = element.fields();
        if (f == null) {
            return null;
        }
        String id = f.text("id", true, 200);
        if (id != null && !ids.add(id)) {
            f.problem("id", "must be unique; \"" + id + "\" is given twice");
        }
        Double chance = f.number("p", true, PROBABILITY, PROBABILITY_RULE);
        Double utility = f.number("utility", false, v -> v > 0, "must be a positive number");
        Integer fee = f.integer("fee", false, 0, Budget.MAX_DOLLARS);
        f.rejectUnknown();
        chances.add(chance == null ? 0 : chance);
        return new PortfolioItem(
                id == null ? "#" + chances.size() : id, "all", utility == null ? 1 : utility, fee == null ? 0 : fee);
    }

    private void budget(JsonFields budget) {
        boolean byCount = budget.field("applications", false).isPresent();
        if (byCount == budget.field("dollars", false).isPresent()) {
            budget.problem(null, "give exactly one of applications or dollars");
        }
        // the same bounds as a profile's budget (and the API's): the solver's cost grows with them
        applications = budget.integer("applications", false, 0, Budget.MAX_APPLICATIONS);
        dollars = budget.integer("dollars", false, 0, Budget.MAX_DOLLARS);
        if (dollars != null && items.stream().anyMatch(i -> i.fee() == 0)) {
            budget.problem("dollars", "every program needs a fee when the budget is in dollars");
        }
        budget.rejectUnknown();
    }

    private void signal(String name, JsonFields.Element element) {
        Signal kind = SIGNALS.get(name);
        if (kind == null) {
            element.problem("is not a signal; the signals are gold, silver and plain");
            return;
        }
        JsonFields f = element.fields();
        if (f == null) {
            return;
        }
        Integer count = f.integer("count", false, 0, Budget.MAX_APPLICATIONS);
        signalCounts.put(kind, count == null ? 0 : count);
        p.put(kind, signalChances(f));
        f.rejectUnknown();
    }

    /** The programs' chances with the signal, by id; NaN where the program cannot take it. */
    private double[] signalChances(JsonFields signal) {
        double[] out = new double[items.size()];
        Arrays.fill(out, Double.NaN);
        Map<String, Integer> index = new HashMap<>();
        for (int j = 0; j < items.size(); j++) {
            index.put(items.get(j).id(), j);
        }
        for (var e : signal.members("p", true)) {
            Integer j = index.get(e.getKey());
            Double chance = e.getValue().number(PROBABILITY, PROBABILITY_RULE);
            if (j == null) {
                e.getValue().problem("no program has this id");
            } else if (chance != null) {
                out[j] = chance;
                if (chance < p.get(Signal.NONE)[j]) {
                    e.getValue().problem("a signal cannot lower the program's chance p");
                }
            }
        }
        return out;
    }
}
