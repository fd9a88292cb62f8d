package org.smartpick.web;

import java.util.List;
import org.smartpick.engine.FieldProblem;

/**
 * An RFC 9457 problem detail: what went wrong, the HTTP status, and every field error (JSON pointer and message).
 * Thrown by handlers; the exception handler writes it as {@code application/problem+json}.
 */
final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final String title;
    final transient List<FieldProblem> errors;

    Problem(int status, String title, String detail, List<FieldProblem> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    static Problem invalid(List<FieldProblem> errors) {
        return new Problem(422, "The request has invalid fields", errors.size() + " field(s) need attention",
                errors);
    }

    static Problem notFound() {
        return new Problem(404, "Not found", "There is nothing at this address.", List.of());
    }

    static Problem badRequest(String detail) {
        return new Problem(400, "Bad request", detail, List.of());
    }
}
