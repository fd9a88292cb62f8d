package org.smartpick.engine.recommend;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.chance.ApplicantChances;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.engine.chance.ProgramChance;
import org.smartpick.engine.profile.Applicant;
import org.smartpick.engine.season.Candidate;

/**
 * The chances one plan has scored, per applicant, specialty and candidate, each scored on first use, so that the
 * plan's area steps, what-ifs and backup plans score a program once. Safe to share between the threads a plan's
 * pieces run on.
 */
final class RememberedChances {
    private final ChanceModel model;
    private final Map<Key, Scored> scored = new ConcurrentHashMap<>();

    RememberedChances(ChanceModel model) {
        this.model = model;
    }

    /** Whose chances at which specialty's programs. */
    private record Key(Applicant applicant, Specialty specialty) {}

    /** The applicant's chances at the specialty's programs (remembered from now on). */
    Scored of(Applicant applicant, Specialty specialty) {
        return scored.computeIfAbsent(
                new Key(applicant, specialty),
                k -> new Scored(model.forApplicant(applicant, specialty), new ConcurrentHashMap<>()));
    }

    /** One applicant's chances at one specialty's programs. */
    record Scored(ApplicantChances chances, Map<Same, ProgramChance> byCandidate) {
        ProgramChance of(Candidate candidate) {
            Same key = new Same(candidate);
            ProgramChance known = byCandidate.get(key);
            return known != null ? known : byCandidate.computeIfAbsent(key, k -> chances.assess(candidate));
        }
    }

    /** A candidate by identity: hashing a program record's seventeen components for every lookup was slower. */
    private record Same(Candidate candidate) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Same other && other.candidate == candidate;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(candidate);
        }
    }
}
