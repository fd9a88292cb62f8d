package org.smartpick.cli.common;

import java.util.Collection;
import java.util.stream.Collectors;

/** Input the user can fix: reported on stderr as is, exit code 2. */
public final class BadInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInput(String message) {
        super(message);
    }

    /**
     * Input with these problems, one a line: "where: N problem(s):" and each problem as it reads ({@code where} null
     * when the problems name their own place).
     */
    public static BadInput listing(String where, Collection<?> problems) {
        return new BadInput((where == null ? "" : where + ": ") + problems.size() + " problem(s):\n  "
                + problems.stream().map(Object::toString).collect(Collectors.joining("\n  ")));
    }
}
