package io.cascade.learning;

import java.util.List;

/**
 * The server's verdict on one quiz attempt, with feedback per question.
 *
 * @param attemptsLeft null when attempts are unlimited
 * @param certificate  the certificate issued because this attempt completed the course, or null
 */
public record QuizResult(int scorePercent, int passMark, boolean passed, Integer attemptsLeft,
        List<QuestionFeedback> feedback, CertificateInfo certificate) {

    public QuizResult {
        feedback = List.copyOf(feedback);
    }

    public record QuestionFeedback(long questionId, String prompt, boolean correct) {
    }
}
