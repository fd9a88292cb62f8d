package org.smartpick.engine;

/**
 * One thing wrong with an input: where (a JSON pointer such as {@code /exams/step2ck/score}, empty for the whole
 * document) and the rule it breaks, in words a person understands.
 */
public record FieldProblem(String pointer, String message) implements Comparable<FieldProblem> {
    public FieldProblem {
        Invariants.present("pointer", pointer);
        Invariants.present("message", message);
    }

    @Override
    public int compareTo(FieldProblem other) {
        int byPointer = pointer.compareTo(other.pointer);
        return byPointer != 0 ? byPointer : message.compareTo(other.message);
    }

    @Override
    public String toString() {
        return (pointer.isEmpty() ? "(document)" : pointer) + ": " + message;
    }
}
