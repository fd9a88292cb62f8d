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
    /** Seconds after which the same request may succeed (sent as Retry-After), or 0. */
    final int retryAfter;

    Problem(int status, String title, String detail, List<FieldProblem> errors) {
        this(status, title, detail, errors, 0);
    }

    private Problem(int status, String title, String detail, List<FieldProblem> errors, int retryAfter) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
    }

    /** 503: the answer is being prepared or the server is at capacity; the same request may succeed later. */
    static Problem unavailable(String detail, int retryAfterSeconds) {
        return new Problem(503, "Not ready yet", detail, List.of(), Math.max(1, retryAfterSeconds));
    }

    static Problem invalid(List<FieldProblem> errors) {
        return new Problem(422, "The request has invalid fields", errors.size() + " field(s) need attention", errors);
    }

    static Problem notFound() {
        return new Problem(404, "Not found", "There is nothing at this address.", List.of());
    }

    static Problem badRequest(String detail) {
        return new Problem(400, "Bad request", detail, List.of());
    }
}
