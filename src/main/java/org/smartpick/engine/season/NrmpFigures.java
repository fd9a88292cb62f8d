package org.smartpick.engine.season;

/**
 * A program's NRMP Program Results, summed over the tracks joined to it; all null when none joined.
 *
 * @param codes   the joined NRMP program codes, separated by spaces
 * @param quota   positions offered in the Main Match
 * @param matched positions filled in the Main Match
 */
public record NrmpFigures(String codes, Integer quota, Integer matched) {
    public static final NrmpFigures NONE = new NrmpFigures(null, null, null);
}
