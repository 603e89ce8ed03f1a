package io.cascade.catalog.internal;

import io.cascade.base.AbstractEntity;
import io.cascade.catalog.QuizOption;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;

/** A question of a QUIZ module; its options are values of the question, in order. */
@Entity
public class QuizQuestion extends AbstractEntity {

    private Long moduleId;
    private int position;
    private String prompt;
    private boolean multipleChoice;

    @ElementCollection
    @CollectionTable(name = "quiz_option", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    private List<Option> options = new ArrayList<>();

    protected QuizQuestion() {
    }

    public QuizQuestion(Long moduleId, int position) {
        this.moduleId = moduleId;
        this.position = position;
    }

    public void edit(String prompt, boolean multipleChoice, List<QuizOption> options) {
        this.prompt = prompt;
        this.multipleChoice = multipleChoice;
        this.options.clear();
        options.forEach(option -> this.options.add(new Option(option.label(), option.correct())));
    }

    public Long getModuleId() {
        return moduleId;
    }

    public int getPosition() {
        return position;
    }

    public void moveTo(int position) {
        this.position = position;
    }

    public String getPrompt() {
        return prompt;
    }

    public boolean isMultipleChoice() {
        return multipleChoice;
    }

    public List<QuizOption> getOptions() {
        return options.stream().map(option -> new QuizOption(option.label, option.correct)).toList();
    }

    @Embeddable
    static class Option {

        @Column(name = "label")
        private String label;
        @Column(name = "correct")
        private boolean correct;

        protected Option() {
        }

        Option(String label, boolean correct) {
            this.label = label;
            this.correct = correct;
        }
    }
}
