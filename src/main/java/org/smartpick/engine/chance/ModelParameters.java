package org.smartpick.engine.chance;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Figure;
import org.smartpick.engine.Invariants;
import org.smartpick.engine.ProgramSetting;
import org.smartpick.engine.Specialty;

/**
 * The chance model's parameters, as loaded from the versioned resource: every scalar {@link Parameter} with its
 * evidence and source, the signal effects per specialty, and which specialties count as competitive.
 */
public record ModelParameters(
        String version,
        Map<Parameter, Figure> values,
        Map<Specialty, SignalEffect> signals,
        SignalEffect defaultSignal,
        Set<Specialty> competitive) {
    public ModelParameters {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("parameters need a version");
        }
        Map<Parameter, Figure> given = Map.copyOf(values);
        values = given;
        List<Parameter> missing = List.of(Parameter.values()).stream()
                .filter(p -> !given.containsKey(p))
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("parameters missing: "
                    + missing.stream().map(Parameter::key).toList());
        }
        signals = Map.copyOf(signals);
        Invariants.present("defaultSignal", defaultSignal);
        competitive = Set.copyOf(competitive);
    }

    public double get(Parameter parameter) {
        return values.get(parameter).value();
    }

    /**
     * Published odds ratios are population averages; in a model with a random applicant effect of spread λ the
     * conditional effect is larger by about √(1 + c²λ²), c = 16√3 / (15π) (Zeger, Liang and Albert, Biometrics 1988).
     * Effects are stored on the published (marginal) scale and multiplied by this factor in the model.
     */
    public double conditionalScale() {
        double c = 16 * Math.sqrt(3) / (15 * Math.PI);
        double latent = get(Parameter.LATENT_SD);
        return Math.sqrt(1 + c * c * latent * latent);
    }

    public boolean isCompetitive(Specialty specialty) {
        return competitive.contains(specialty);
    }

    public SignalEffect signalEffect(Specialty specialty) {
        return signals.getOrDefault(specialty, defaultSignal);
    }

    /** A copy with some values replaced (used by the fit). */
    public ModelParameters with(Map<Parameter, Figure> changes) {
        Map<Parameter, Figure> next = new EnumMap<>(Parameter.class);
        next.putAll(values);
        next.putAll(changes);
        return new ModelParameters(version, next, signals, defaultSignal, competitive);
    }

    /** The interview intercept of an applicant type. */
    public double interviewIntercept(ApplicantType type) {
        return get(interceptParameter(type));
    }

    /** The match-after-interview intercept of a specialty: competitive or core. */
    public double matchIntercept(Specialty specialty) {
        return isCompetitive(specialty)
                ? get(Parameter.MATCH_INTERCEPT_COMPETITIVE)
                : get(Parameter.MATCH_INTERCEPT_CORE);
    }

    /** What the applicant's type adds to the match-after-interview log-odds (US MD: 0). */
    public double matchTypeOffset(ApplicantType type) {
        return switch (type) {
            case US_MD -> 0;
            case US_DO -> get(Parameter.MATCH_US_DO);
            case US_IMG -> get(Parameter.MATCH_US_IMG);
            case NON_US_IMG -> get(Parameter.MATCH_NON_US_IMG);
        };
    }

    /** What the applicant's type adds to the match-after-interview log-odds under model v2 (fitted per type). */
    public double matchTypeOffsetV2(ApplicantType type) {
        return get(matchV2Parameter(type));
    }

    public static Parameter matchV2Parameter(ApplicantType type) {
        return switch (type) {
            case US_MD, US_DO -> Parameter.MATCH_V2_US_GRADUATE;
            case US_IMG -> Parameter.MATCH_V2_US_IMG;
            case NON_US_IMG -> Parameter.MATCH_V2_NON_US_IMG;
        };
    }

    /** The competitiveness prior of a program setting (0 when the setting is unknown). */
    public double settingCompetitiveness(ProgramSetting setting) {
        if (setting == null) {
            return 0;
        }
        return get(
                switch (setting) {
                    case UNIVERSITY -> Parameter.SETTING_UNIVERSITY;
                    case UNIVERSITY_AFFILIATED -> Parameter.SETTING_UNIVERSITY_AFFILIATED;
                    case COMMUNITY -> Parameter.SETTING_COMMUNITY;
                    case COUNTY -> Parameter.SETTING_COUNTY;
                    case VA_MILITARY -> Parameter.SETTING_VA_MILITARY;
                });
    }

    public static Parameter interceptParameter(ApplicantType type) {
        return switch (type) {
            case US_MD -> Parameter.INTERVIEW_INTERCEPT_US_MD;
            case US_DO -> Parameter.INTERVIEW_INTERCEPT_US_DO;
            case US_IMG -> Parameter.INTERVIEW_INTERCEPT_US_IMG;
            case NON_US_IMG -> Parameter.INTERVIEW_INTERCEPT_NON_US_IMG;
        };
    }
}
