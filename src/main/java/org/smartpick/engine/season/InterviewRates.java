package org.smartpick.engine.season;

import java.util.OptionalDouble;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Invariants;
import org.smartpick.engine.Signal;

/**
 * A program's published interview rates for one ERAS season (AAMC program signaling data): for each group of
 * applicants, the share of that group's applications to the program that received an interview, 0–1, null when not
 * reported. The school-state groups hold US graduates by where their school is; international graduates have no US
 * school and are counted with the out-of-state group. The signal columns exist only for specialties that used
 * signals; a one-tier specialty gives {@code signal}, a two-tier one {@code gold} and {@code silver}.
 *
 * @param season the ERAS season the rates come from (the Match year before it, e.g. 2024)
 */
public record InterviewRates(
        int season,
        Double usMd,
        Double usDo,
        Double usImg,
        Double nonUsImg,
        Double inState,
        Double outOfState,
        Double noSignal,
        Double signal,
        Double gold,
        Double silver) {
    public InterviewRates {
        Invariants.range("season", season, 2000, 2100);
        for (Double rate :
                new Double[] {usMd, usDo, usImg, nonUsImg, inState, outOfState, noSignal, signal, gold, silver}) {
            if (rate != null && !(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("interview rates lie in [0, 1], got " + rate);
            }
        }
    }

    /** The rate of the applicant type's applications, when reported. */
    public OptionalDouble of(ApplicantType type) {
        Double rate = switch (type) {
            case US_MD -> usMd;
            case US_DO -> usDo;
            case US_IMG -> usImg;
            case NON_US_IMG -> nonUsImg;
        };
        return rate == null ? OptionalDouble.empty() : OptionalDouble.of(rate);
    }

    /** The rate of applications that carried the given signal (NONE: no signal), when reported. */
    public OptionalDouble withSignal(Signal tier) {
        Double rate = switch (tier) {
            case NONE -> noSignal;
            case GOLD -> gold;
            case SILVER -> silver;
            case PLAIN -> signal;
        };
        return rate == null ? OptionalDouble.empty() : OptionalDouble.of(rate);
    }
}
