package org.smartpick.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.smartpick.engine.profile.Exams;
import org.smartpick.engine.profile.PassFailExam;
import org.smartpick.engine.profile.Preferences;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.profile.ScoredExam;
import org.smartpick.engine.profile.Ties;

/** Writes a profile as the JSON document {@link ProfileReader} reads; reading it back gives an equal profile. */
final class ProfileWriter {
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String write(Profile p) {
        try {
            return mapper.writeValueAsString(toJson(p));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a profile", e);
        }
    }

    public ObjectNode toJson(Profile p) {
        ObjectNode doc = mapper.createObjectNode();
        doc.put("label", p.label());
        doc.put("applicantType", p.applicantType().name());
        ObjectNode school = doc.putObject("school");
        if (p.school().isUs()) {
            school.put("state", p.school().state().name());
        } else {
            school.put("country", p.school().country());
        }
        doc.put("graduationYear", p.graduationYear());
        doc.set("exams", exams(p.exams()));
        doc.put("specialty", p.specialty().name());
        strings(doc.putArray("backupSpecialties"), p.backupSpecialties());
        ObjectNode experience = doc.putObject("experience");
        experience
                .put("research", p.experience().research())
                .put("publications", p.experience().publications())
                .put("honors", p.experience().honors())
                .put("aoa", p.experience().aoa())
                .put("ghhs", p.experience().ghhs());
        doc.putObject("letters")
                .put("strength", p.letters().strength().name())
                .put("fromTargetRegion", p.letters().fromTargetRegion());
        doc.put("visa", p.visa().name());
        p.imgIfAny()
                .ifPresent(img -> doc.putObject("img")
                        .put("ecfmgCertified", img.ecfmgCertified())
                        .put("usceMonths", img.usceMonths()));
        doc.putObject("redFlags")
                .put("examFailures", p.redFlags().examFailures())
                .put("leaveOfAbsence", p.redFlags().leaveOfAbsence())
                .put("professionalism", p.redFlags().professionalism())
                .put("priorUnmatched", p.redFlags().priorUnmatched());
        strings(doc.putArray("languages"), p.languages());
        doc.set("ties", ties(p.ties()));
        doc.set("preferences", preferences(p.preferences()));
        ObjectNode budget = doc.putObject("budget");
        p.budget().applicationLimit().ifPresent(n -> budget.put("applications", n));
        p.budget().dollarLimit().ifPresent(n -> budget.put("dollars", n));
        strings(doc.putArray("awayRotations"), p.awayRotations());
        doc.put("partner", p.partner());
        return doc;
    }

    private ObjectNode exams(Exams e) {
        ObjectNode exams = mapper.createObjectNode();
        passFail(exams, "step1", e.step1());
        scored(exams, "step2ck", e.step2ck());
        scored(exams, "step3", e.step3());
        passFail(exams, "comlex1", e.comlex1());
        scored(exams, "comlex2", e.comlex2());
        return exams;
    }

    private static void passFail(ObjectNode exams, String name, PassFailExam exam) {
        if (exam != null) {
            exams.putObject(name).put("outcome", exam.outcome().name()).put("attempts", exam.attempts());
        }
    }

    private static void scored(ObjectNode exams, String name, ScoredExam exam) {
        if (exam == null) {
            return;
        }
        ObjectNode node = exams.putObject(name);
        if (exam.isPending()) {
            node.put("pending", true);
        } else {
            node.put("score", exam.score());
        }
        node.put("attempts", exam.attempts());
    }

    private ObjectNode ties(Ties t) {
        ObjectNode ties = mapper.createObjectNode();
        ties.put("homeState", t.homeState() == null ? null : t.homeState().name());
        strings(ties.putArray("states"), t.states());
        strings(ties.putArray("metros"), t.metros());
        strings(ties.putArray("regions"), t.regions());
        return ties;
    }

    private ObjectNode preferences(Preferences p) {
        ObjectNode prefs = mapper.createObjectNode();
        strings(prefs.putArray("states"), p.states());
        strings(prefs.putArray("divisions"), p.divisions());
        strings(prefs.putArray("regions"), p.regions());
        if (p.radius() != null) {
            prefs.putObject("radius")
                    .put("miles", p.radius().miles())
                    .put("of", p.radius().of());
        }
        strings(prefs.putArray("settingsWanted"), p.settingsWanted());
        strings(prefs.putArray("settingsExcluded"), p.settingsExcluded());
        return prefs;
    }

    private static void strings(ArrayNode array, List<?> values) {
        values.forEach(v -> array.add(v instanceof Enum<?> e ? e.name() : v.toString()));
    }
}
