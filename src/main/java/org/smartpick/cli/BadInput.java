package org.smartpick.cli;

/** Input the user can fix: reported on stderr as is, exit code 2. */
final class BadInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInput(String message) {
        super(message);
    }
}
