package org.smartpick.engine.portfolio;

import org.smartpick.engine.Invariants;
import org.smartpick.engine.Signal;

/** An application in a portfolio: the index of the item and the signal it carries. */
public record Pick(int item, Signal signal) {
    public Pick {
        Invariants.present("signal", signal);
    }
}
