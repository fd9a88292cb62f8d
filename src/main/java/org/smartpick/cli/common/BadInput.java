package org.smartpick.cli.common;

/** Input the user can fix: reported on stderr as is, exit code 2. */
public final class BadInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInput(String message) {
        super(message);
    }
}
