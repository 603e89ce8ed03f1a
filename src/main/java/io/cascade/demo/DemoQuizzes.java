package io.cascade.demo;

import java.util.List;

/** Questions for the demo quizzes: five per quiz, so one slip still meets the 80% pass mark. */
final class DemoQuizzes {

    record Question(String prompt, boolean multipleChoice, List<String> options, List<Integer> correct) {
    }

    static final List<Question> SERVICE_QUESTIONS = List.of(
            new Question("Within how many seconds do we greet a customer who walks in?", false,
                    List.of("Ten seconds", "One minute", "When we have finished the task at hand"), List.of(0)),
            new Question("A customer brings a problem that another team caused. What do you do?", false,
                    List.of("Send them to the other team", "Own it and see it through",
                            "Explain that it is not your area"), List.of(1)),
            new Question("Which of these are among our five service promises? (choose all that apply)", true,
                    List.of("Use the customer's name", "Explain what happens next", "Always offer a discount"),
                    List.of(0, 1)),
            new Question("Why do most customers who leave us say they left?", false,
                    List.of("The price", "Nobody seemed to care", "The opening hours"), List.of(1)),
            new Question("What closes the loop after a problem is solved?", false,
                    List.of("Checking back that the customer is satisfied", "Filing the ticket",
                            "Telling your manager"), List.of(0)));

    private DemoQuizzes() {
    }
}
