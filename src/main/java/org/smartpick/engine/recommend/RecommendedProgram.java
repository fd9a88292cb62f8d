package org.smartpick.engine.recommend;

import org.smartpick.engine.Outcome;
import org.smartpick.engine.Signal;
import org.smartpick.engine.chance.ProgramChance;
import org.smartpick.engine.season.Program;

/**
 * A program on the recommended list: the model's verdict on it, the signal it gets, its ERAS fee at its place in
 * the list, its tier (from the chance without a signal), and its probabilities with that signal.
 */
public record RecommendedProgram(int rank, ProgramChance chance, Signal signal, int fee, Tier tier, double utility) {
    public Program program() {
        return chance.program();
    }

    public Outcome outcome() {
        return chance.outcome(signal);
    }
}
