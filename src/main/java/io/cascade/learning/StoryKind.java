package io.cascade.learning;

/** Service stories share failures as openly as successes. */
public enum StoryKind {
    SUCCESS,
    FAILURE;

    public String label() {
        return this == SUCCESS ? "Success" : "Lesson from a failure";
    }
}
