package org.smartpick.engine;

/** An application in a portfolio: the index of the item and the signal it carries. */
public record Pick(int item, Signal signal) {
    public Pick {
        Invariants.present("signal", signal);
    }
}
