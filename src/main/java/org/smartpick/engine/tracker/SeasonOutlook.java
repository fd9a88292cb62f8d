package org.smartpick.engine.tracker;

import java.util.List;
import org.smartpick.engine.chance.LatentStrength;
import org.smartpick.engine.chance.ProgramChance;

/**
 * The season's outlook after what has been heard.
 *
 * @param pMatchBefore       P(match) of the same applications at the start of the season (the plan's figure)
 * @param pMatch             P(match) now
 * @param pMatchLow          the 10th-percentile strength's chance now (the band's lower end)
 * @param pMatchHigh         the 90th-percentile strength's chance now
 * @param moreInterviews     the further invitations to expect from the programs still silent
 * @param pending            each still-silent program's interview chance at the start and now
 * @param posterior          the updated strength, on the model's nodes (for the rank list and the additions)
 * @param zLow               the updated strength's 10th percentile (where the band's lower end is taken)
 * @param zHigh              its 90th percentile
 */
public record SeasonOutlook(
        double pMatchBefore,
        double pMatch,
        double pMatchLow,
        double pMatchHigh,
        double moreInterviews,
        List<Pending> pending,
        LatentStrength posterior,
        double zLow,
        double zHigh) {
    public SeasonOutlook {
        pending = List.copyOf(pending);
    }

    /** A program that has not answered: its chance of an interview at the start of the season and from now on. */
    public record Pending(ProgramChance chance, double interviewBefore, double interviewNow) {}
}
