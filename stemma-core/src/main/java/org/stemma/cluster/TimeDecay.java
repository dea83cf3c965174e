package org.stemma.cluster;

/**
 * How similarity fades with the gap between two publication dates: no change within {@code graceDays}, then
 * halved every {@code halfLifeDays}. Applied only when both dates are known; an unknown date never lowers a
 * similarity.
 *
 * @param graceDays    gap in days that costs nothing (follow-ups, time zones, late pick-ups)
 * @param halfLifeDays further days that halve the similarity; must be positive
 */
public record TimeDecay(double graceDays, double halfLifeDays) {
    public TimeDecay {
        if (!(graceDays >= 0) || !(halfLifeDays > 0)) {
            throw new IllegalArgumentException("bad time decay: grace " + graceDays + ", half-life " + halfLifeDays);
        }
    }

    /** The factor in (0, 1] for two dates {@code gapDays} apart (either sign). */
    public double factor(long gapDays) {
        double beyond = Math.abs(gapDays) - graceDays;
        return beyond <= 0 ? 1.0 : Math.pow(0.5, beyond / halfLifeDays);
    }
}
