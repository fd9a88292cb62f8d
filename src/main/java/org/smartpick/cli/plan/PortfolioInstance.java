package org.smartpick.cli.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.smartpick.cli.common.BadInput;
import org.smartpick.engine.Signal;
import org.smartpick.engine.chance.LatentStrength;
import org.smartpick.engine.portfolio.PortfolioItem;
import org.smartpick.engine.portfolio.PortfolioLimits;
import org.smartpick.engine.portfolio.PortfolioProblem;
import org.smartpick.engine.profile.Budget;

/**
 * Reads a raw portfolio instance (docs/api.md, "portfolio solve"), collecting every problem with its JSON pointer.
 */
final class PortfolioInstance {
    private final List<String> problems = new ArrayList<>();
    private final List<PortfolioItem> items = new ArrayList<>();
    private final Map<Signal, double[]> p = new EnumMap<>(Signal.class);
    private final Map<Signal, Integer> signalCounts = new EnumMap<>(Signal.class);
    private Integer applications;
    private Integer dollars;
    private double correlation;

    static PortfolioProblem read(JsonNode doc) {
        PortfolioInstance instance = new PortfolioInstance();
        instance.parse(doc);
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

    private void parse(JsonNode doc) {
        if (!doc.isObject()) {
            problems.add(": must be a JSON object");
            return;
        }
        known(doc, "", Set.of("programs", "budget", "signals", "correlation"));
        programs(doc.get("programs"));
        budget(doc.get("budget"));
        signals(doc.get("signals"));
        JsonNode rho = doc.get("correlation");
        if (rho != null) {
            if (!rho.isNumber() || rho.asDouble() < 0 || rho.asDouble() >= 1) {
                problems.add("/correlation: must be a number in [0, 1)");
            } else {
                correlation = rho.asDouble();
            }
        }
    }

    private void programs(JsonNode programs) {
        if (programs == null || !programs.isArray() || programs.isEmpty()) {
            problems.add("/programs: required, a non-empty list of {\"id\", \"p\", \"utility\", \"fee\"}");
            return;
        }
        Set<String> ids = new HashSet<>();
        double[] base = new double[programs.size()];
        for (int j = 0; j < programs.size(); j++) {
            JsonNode program = programs.get(j);
            String at = "/programs/" + j;
            known(program, at, Set.of("id", "p", "utility", "fee"));
            String id = program.path("id").asText("");
            if (id.isBlank() || !ids.add(id)) {
                problems.add(at + "/id: required and unique");
            }
            base[j] = probability(program.get("p"), at + "/p");
            double utility = program.has("utility") ? program.get("utility").asDouble(-1) : 1;
            if (!(utility > 0)) {
                problems.add(at + "/utility: must be a positive number");
            }
            JsonNode fee = program.get("fee");
            if (fee != null && (!fee.canConvertToInt() || fee.asInt() < 0)) {
                problems.add(at + "/fee: must be a whole number of dollars ≥ 0");
            }
            items.add(new PortfolioItem(
                    id.isBlank() ? "#" + j : id,
                    "all",
                    utility > 0 ? utility : 1,
                    fee == null || !fee.canConvertToInt() ? 0 : Math.max(0, fee.asInt())));
        }
        p.put(Signal.NONE, base);
    }

    private void budget(JsonNode budget) {
        if (budget == null || !budget.isObject()) {
            problems.add("/budget: required: {\"applications\": n} or {\"dollars\": d}");
            return;
        }
        known(budget, "/budget", Set.of("applications", "dollars"));
        if (budget.has("applications") == budget.has("dollars")) {
            problems.add("/budget: give exactly one of applications or dollars");
        }
        // the same bounds as a profile's budget (and the API's): the solver's cost grows with them
        applications = atMost(
                positive(budget.get("applications"), "/budget/applications"),
                Budget.MAX_APPLICATIONS,
                "/budget/applications");
        dollars = atMost(positive(budget.get("dollars"), "/budget/dollars"), Budget.MAX_DOLLARS, "/budget/dollars");
        if (dollars != null && items.stream().anyMatch(i -> i.fee() == 0)) {
            problems.add("/budget/dollars: every program needs a fee when the budget is in dollars");
        }
    }

    private void signals(JsonNode signals) {
        if (signals == null) {
            return;
        }
        known(signals, "/signals", Set.of("gold", "silver", "plain"));
        for (Iterator<String> names = signals.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            Signal kind = Signal.valueOf(name.toUpperCase(Locale.ROOT));
            JsonNode node = signals.get(name);
            String at = "/signals/" + name;
            known(node, at, Set.of("count", "p"));
            Integer count = positive(node.get("count"), at + "/count");
            signalCounts.put(kind, count == null ? 0 : count);
            p.put(kind, signalChances(node.get("p"), at + "/p"));
        }
    }

    private double[] signalChances(JsonNode chances, String at) {
        double[] out = new double[items.size()];
        Arrays.fill(out, Double.NaN);
        if (chances == null || !chances.isObject()) {
            problems.add(at + ": required, an object from program id to its chance with this signal");
            return out;
        }
        Map<String, Integer> index = new HashMap<>();
        for (int j = 0; j < items.size(); j++) {
            index.put(items.get(j).id(), j);
        }
        chances.fields().forEachRemaining(e -> {
            Integer j = index.get(e.getKey());
            if (j == null) {
                problems.add(at + "/" + e.getKey() + ": no program has this id");
                return;
            }
            out[j] = probability(e.getValue(), at + "/" + e.getKey());
            if (out[j] < p.get(Signal.NONE)[j]) {
                problems.add(at + "/" + e.getKey() + ": a signal cannot lower the program's chance p");
            }
        });
        return out;
    }

    private double probability(JsonNode node, String at) {
        if (node == null || !node.isNumber() || node.asDouble() < 0 || node.asDouble() > 1) {
            problems.add(at + ": must be a probability in [0, 1]");
            return 0;
        }
        return node.asDouble();
    }

    private Integer atMost(Integer value, int max, String at) {
        if (value != null && value > max) {
            problems.add(at + ": must be at most " + max + ", got " + value);
            return null;
        }
        return value;
    }

    private Integer positive(JsonNode node, String at) {
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < 0) {
            problems.add(at + ": must be a whole number ≥ 0");
            return null;
        }
        return node.asInt();
    }

    private void known(JsonNode node, String at, Set<String> fields) {
        if (node == null || !node.isObject()) {
            return;
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!fields.contains(name)) {
                problems.add(at + "/" + name + ": is not a known field; the fields are " + fields);
            }
        });
    }
}
