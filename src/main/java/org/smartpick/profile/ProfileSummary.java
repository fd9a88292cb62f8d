package org.smartpick.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.smartpick.engine.profile.Exams;
import org.smartpick.engine.profile.Profile;

/** A one-paragraph plain-language summary of a profile, to confirm SmartPick read what the user meant. */
public final class ProfileSummary {
    private ProfileSummary() {}

    public static String of(Profile p, int seasonYear) {
        List<String> parts = new ArrayList<>();
        String who = (p.label() == null ? "This applicant" : "\"" + p.label() + "\"") + " is a "
                + typeLabel(p) + " (school in "
                + (p.school().isUs()
                        ? p.school().state().fullName()
                        : p.school().country()) + "; " + graduation(p, seasonYear) + ")";
        parts.add(who + " targeting " + p.specialty().label()
                + (p.backupSpecialties().isEmpty()
                        ? ""
                        : ", with backups "
                                + p.backupSpecialties().stream()
                                        .map(s -> s.label())
                                        .collect(Collectors.joining(", ")))
                + ".");
        parts.add("Exams: " + exams(p.exams()) + ".");
        parts.add("CV: " + p.experience().research() + " research experience(s), "
                + p.experience().publications()
                + " publication(s), " + p.experience().honors() + " clerkship honors"
                + (p.experience().aoa() ? ", AOA" : "") + (p.experience().ghhs() ? ", GHHS" : "")
                + "; letters " + p.letters().strength().name().toLowerCase()
                + (p.letters().fromTargetRegion() ? " (one from the target region)" : "") + ".");
        p.imgIfAny()
                .ifPresent(img -> parts.add("ECFMG " + (img.ecfmgCertified() ? "certified" : "not yet certified") + ", "
                        + img.usceMonths() + " month(s) of US clinical experience."));
        parts.add("Visa: "
                + (p.visa().name().equals("NONE") ? "none needed" : p.visa().name()) + ".");
        parts.add(p.redFlags().any() ? "Red flags: " + redFlags(p) + "." : "No red flags.");
        parts.add(where(p));
        parts.add("Budget: " + budget(p) + ".");
        return String.join(" ", parts);
    }

    private static String graduation(Profile p, int seasonYear) {
        int years = p.yearsSinceGraduation(seasonYear);
        if (p.graduationYear() >= seasonYear) {
            return "graduating in " + p.graduationYear();
        }
        return "graduated in " + p.graduationYear() + ", " + years + (years == 1 ? " year" : " years") + " before the "
                + seasonYear + " season";
    }

    private static String typeLabel(Profile p) {
        return switch (p.applicantType()) {
            case US_MD -> "US MD applicant";
            case US_DO -> "US DO applicant";
            case US_IMG -> "US-citizen international graduate";
            case NON_US_IMG -> "non-US-citizen international graduate";
        };
    }

    private static String exams(Exams e) {
        List<String> out = new ArrayList<>();
        if (e.step1() != null) {
            out.add("Step 1 " + e.step1().outcome().name().toLowerCase().replace('_', ' '));
        }
        if (e.step2ck() != null) {
            out.add("Step 2 CK "
                    + (e.step2ck().isPending() ? "pending" : e.step2ck().score()));
        }
        if (e.step3() != null) {
            out.add("Step 3 " + (e.step3().isPending() ? "pending" : e.step3().score()));
        }
        if (e.comlex1() != null) {
            out.add("COMLEX Level 1 "
                    + e.comlex1().outcome().name().toLowerCase().replace('_', ' '));
        }
        if (e.comlex2() != null) {
            out.add("COMLEX Level 2-CE "
                    + (e.comlex2().isPending() ? "pending" : e.comlex2().score()));
        }
        int failures = e.failures();
        return String.join(", ", out) + (failures > 0 ? " (" + failures + " failed sitting(s))" : "");
    }

    private static String redFlags(Profile p) {
        List<String> flags = new ArrayList<>();
        if (p.redFlags().examFailures() > 0) {
            flags.add(p.redFlags().examFailures() + " failed exam sitting(s)");
        }
        if (p.redFlags().leaveOfAbsence()) {
            flags.add("a gap or leave of absence");
        }
        if (p.redFlags().professionalism()) {
            flags.add("a professionalism issue");
        }
        if (p.redFlags().priorUnmatched()) {
            flags.add("a prior unmatched cycle");
        }
        return String.join(", ", flags);
    }

    private static String where(Profile p) {
        var prefs = p.preferences();
        List<String> wants = new ArrayList<>();
        prefs.regions().forEach(wants::add);
        prefs.states().forEach(s -> wants.add(s.fullName()));
        prefs.divisions().forEach(d -> wants.add(d.label() + " division"));
        if (prefs.radius() != null) {
            wants.add("within " + prefs.radius().miles() + " miles of "
                    + prefs.radius().of());
        }
        String home = p.ties().homeState() == null
                ? ""
                : " Home state " + p.ties().homeState().fullName() + ".";
        return (wants.isEmpty() ? "No geographic preference." : "Prefers " + String.join("; ", wants) + ".") + home;
    }

    private static String budget(Profile p) {
        List<String> limits = new ArrayList<>();
        p.budget().applicationLimit().ifPresent(n -> limits.add(n + " applications"));
        p.budget().dollarLimit().ifPresent(d -> limits.add("$" + String.format("%,d", d) + " of ERAS fees"));
        return limits.isEmpty() ? "not limited" : String.join(" and ", limits);
    }
}
