package io.cascade.learning;

/** What happened in someone's learning that other modules may follow; published inside the writing transaction. */
public sealed interface LearningEvent {

    long personId();

    long courseId();

    /** The person completed the course's required modules (and attended a class where the course has classes). */
    record CourseCompleted(long personId, long courseId) implements LearningEvent {
    }

    /** A manager logged a reinforcement check-in with a report, for a course. */
    record CheckInLogged(long personId, long courseId) implements LearningEvent {
    }
}
