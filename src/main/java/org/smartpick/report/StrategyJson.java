package org.smartpick.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smartpick.engine.advice.AreaOption;
import org.smartpick.engine.advice.Pgy1Year;
import org.smartpick.engine.advice.PlaybookItem;
import org.smartpick.engine.advice.Realism;
import org.smartpick.engine.advice.SpecialtyOption;
import org.smartpick.engine.advice.Strategy;

/** A recommendation's strategy as JSON-ready maps (docs/api.md, "strategy"). */
final class StrategyJson {
    private StrategyJson() {}

    static Map<String, Object> json(Strategy s) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("areas", s.areas().stream().map(StrategyJson::area).toList());
        doc.put("realism", s.realism().map(StrategyJson::realism).orElse(null));
        doc.put("pgy1Year", s.pgy1Year().map(StrategyJson::pgy1).orElse(null));
        doc.put("playbook", s.playbook().stream().map(StrategyJson::item).toList());
        doc.put("budget", s.budget().orElse(null));
        return doc;
    }

    private static Map<String, Object> area(AreaOption a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", a.label());
        m.put("regions", a.regions());
        m.put("states", a.states().stream().map(Enum::name).toList());
        m.put("programs", a.programs());
        m.put("applications", a.applications());
        m.put("pMatch", a.pMatch());
        m.put("fees", a.fees());
        m.put("wholeBudget", a.wholeBudget());
        m.put("programIds", a.programIds());
        return m;
    }

    private static Map<String, Object> realism(Realism r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("statement", r.statement());
        m.put("levers", r.levers());
        m.put("alternatives", options(r.alternatives()));
        return m;
    }

    private static Map<String, Object> pgy1(Pgy1Year p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("options", options(p.options()));
        m.put("pOnTime", p.pOnTime());
        m.put("rule", p.rule());
        return m;
    }

    private static List<Map<String, Object>> options(List<SpecialtyOption> options) {
        return options.stream()
                .map(o -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("specialty", o.specialty().name());
                    m.put("label", o.specialty().label());
                    m.put("pMatch", o.pMatch());
                    m.put("applications", o.applications());
                    m.put("fees", o.fees());
                    m.put("programs", o.programs());
                    m.put("programIds", o.programIds());
                    return m;
                })
                .toList();
    }

    private static Map<String, Object> item(PlaybookItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", i.key());
        m.put("title", i.title());
        m.put("phase", i.phase().name());
        m.put("when", i.phase().when());
        m.put("appliesBecause", i.appliesBecause());
        m.put("steps", i.steps());
        m.put("avoid", i.avoid());
        return m;
    }
}
