package io.cascade.learning;

import java.util.List;

/**
 * A quiz as the learner sees it before answering. Deliberately without correctness: which options are right is
 * only known on the server.
 *
 * @param maxAttempts null for unlimited
 * @param bestScore   best score so far in this round, or null before the first attempt
 */
public record QuizState(int passMark, Integer maxAttempts, int attemptsUsed, Integer bestScore, boolean passed,
        List<Question> questions) {

    public QuizState {
        questions = List.copyOf(questions);
    }

    /** Whether another attempt may be submitted: not passed yet and attempts left. */
    public boolean canAttempt() {
        return !passed && (maxAttempts == null || attemptsUsed < maxAttempts);
    }

    /** A question with its option labels in order; answers refer to options by their index. */
    public record Question(long id, String prompt, boolean multipleChoice, List<String> options) {

        public Question {
            options = List.copyOf(options);
        }
    }
}
