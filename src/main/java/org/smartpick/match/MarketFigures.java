package org.smartpick.match;

import java.util.EnumMap;
import java.util.Map;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Figure;

/**
 * What a synthetic market is built from, beside the catalog and the chance model's parameters: who applies (the mix
 * of applicant types and their Step 2 CK), how they apply and interview, and the national outcomes the simulation
 * is checked against. Each value is a {@link Figure} with its source; unpublished ones are priors (docs/model.md).
 *
 * @param applicantsPerPosition active applicants per PGY-1 position, the market's tightness
 * @param types                 per applicant type: share, Step 2 CK mean and SD, applications sent
 * @param interviewsPerPosition interview offers a program makes per position
 * @param interviewsAttended    interviews an applicant attends at most
 * @param coupleShare           share of applicants who enter the Match as one half of a couple
 * @param homePreference        utility an applicant puts on a program in their home state (logit scale)
 * @param prestigeSd            spread of programs' desirability to applicants beside their setting
 * @param screenedShare         share of applications programs reject by screening before any interview
 * @param matchRate             PGY-1 match rate of all active applicants (a check, not an input)
 * @param fillRate              share of PGY-1 positions filled by the algorithm (a check, not an input)
 */
public record MarketFigures(
        Figure applicantsPerPosition,
        Map<ApplicantType, TypeFigures> types,
        Figure interviewsPerPosition,
        Figure interviewsAttended,
        Figure coupleShare,
        Figure homePreference,
        Figure prestigeSd,
        Figure screenedShare,
        Figure matchRate,
        Figure fillRate) {

    /** One applicant type: its share of active applicants, Step 2 CK distribution and applications per specialty. */
    public record TypeFigures(Figure share, Figure step2Mean, Figure step2Sd, Figure applications) {
        public TypeFigures {
            requirePresent(share, step2Mean, step2Sd, applications);
            between("share", share, 0, 1);
            between("step2Mean", step2Mean, 194, 300);
            between("step2Sd", step2Sd, 1, 40);
            between("applications", applications, 1, 400);
        }
    }

    public MarketFigures {
        requirePresent(
                applicantsPerPosition,
                interviewsPerPosition,
                interviewsAttended,
                coupleShare,
                homePreference,
                prestigeSd,
                screenedShare,
                matchRate,
                fillRate);
        types = Map.copyOf(types == null ? Map.of() : types);
        for (ApplicantType type : ApplicantType.values()) {
            if (!types.containsKey(type)) {
                throw new IllegalArgumentException("types must give every applicant type; missing " + type);
            }
        }
        double shares =
                types.values().stream().mapToDouble(t -> t.share().value()).sum();
        if (Math.abs(shares - 1) > 1e-6) {
            throw new IllegalArgumentException("types: the shares must add up to 1, got " + shares);
        }
        between("applicantsPerPosition", applicantsPerPosition, 0.1, 10);
        between("interviewsPerPosition", interviewsPerPosition, 1, 50);
        between("interviewsAttended", interviewsAttended, 1, 60);
        between("coupleShare", coupleShare, 0, 0.5);
        between("screenedShare", screenedShare, 0, 0.95);
        between("matchRate", matchRate, 0, 1);
        between("fillRate", fillRate, 0, 1);
    }

    public TypeFigures type(ApplicantType type) {
        return types.get(type);
    }

    /** The shares as a map in the types' declaration order (for drawing). */
    public Map<ApplicantType, Double> shares() {
        Map<ApplicantType, Double> out = new EnumMap<>(ApplicantType.class);
        types.forEach((t, f) -> out.put(t, f.share().value()));
        return out;
    }

    private static void requirePresent(Figure... figures) {
        for (Figure f : figures) {
            if (f == null) {
                throw new IllegalArgumentException("every market figure is required");
            }
        }
    }

    private static void between(String name, Figure figure, double low, double high) {
        if (figure.value() < low || figure.value() > high) {
            throw new IllegalArgumentException(
                    name + " must be between " + low + " and " + high + ", got " + figure.value());
        }
    }
}
