package io.cascade.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import io.cascade.base.ui.FieldErrors;
import io.cascade.catalog.CatalogRuleException;
import io.cascade.catalog.CourseModuleService;
import io.cascade.catalog.QuizOption;
import io.cascade.catalog.QuizQuestionDraft;
import io.cascade.catalog.QuizQuestionItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The questions of a quiz: a list to edit or remove, and a small form for a question with up to six answers. */
class QuizQuestionsEditor extends Div {

    static final int MAX_ANSWERS = 6;

    /** Whether a question has one correct answer or several. */
    enum Choice {
        ONE("catalog.quiz.choice.one"), SEVERAL("catalog.quiz.choice.several");

        private final String key;

        Choice(String key) {
            this.key = key;
        }
    }

    final Grid<QuizQuestionItem> questions = new Grid<>(QuizQuestionItem.class, false);
    final TextField prompt = new TextField(getTranslation("catalog.quiz.question"));
    final RadioButtonGroup<Choice> choice = new RadioButtonGroup<>(getTranslation("catalog.quiz.answers"));
    final List<TextField> answers = new ArrayList<>();
    final List<Checkbox> correct = new ArrayList<>();
    final Span optionsError = new Span();
    final Button saveQuestion = new Button(getTranslation("catalog.quiz.add"));

    private final CourseModuleService courseModules;
    private final long moduleId;
    private QuizQuestionItem editing;

    QuizQuestionsEditor(CourseModuleService courseModules, long moduleId) {
        this.courseModules = courseModules;
        this.moduleId = moduleId;
        setWidthFull();

        questions.addColumn(QuizQuestionItem::position).setHeader("#").setWidth("3rem").setFlexGrow(0);
        questions.addColumn(QuizQuestionItem::prompt).setHeader(getTranslation("catalog.quiz.question")).setFlexGrow(1);
        questions.addColumn(question -> question.options().stream().filter(QuizOption::correct)
                .map(QuizOption::label).collect(Collectors.joining(", "))).setHeader(getTranslation("catalog.quiz.correctColumn")).setFlexGrow(1);
        questions.addComponentColumn(question -> {
            var edit = new Button(VaadinIcon.EDIT.create(), click -> edit(question));
            edit.setAriaLabel(getTranslation("catalog.quiz.edit"));
            var remove = new Button(VaadinIcon.TRASH.create(), click -> {
                courseModules.removeQuestion(question.id());
                refresh();
            });
            remove.setAriaLabel(getTranslation("catalog.quiz.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return new HorizontalLayout(edit, remove);
        }).setAutoWidth(true).setFlexGrow(0);
        questions.setAllRowsVisible(true);
        questions.setEmptyStateText(getTranslation("catalog.quiz.empty"));

        prompt.setWidthFull();
        choice.setItems(Choice.values());
        choice.setItemLabelGenerator(option -> getTranslation(option.key));
        choice.setValue(Choice.ONE);
        var answerRows = new Div();
        for (int i = 0; i < MAX_ANSWERS; i++) {
            var answer = new TextField();
            answer.setPlaceholder(getTranslation("catalog.quiz.answer", i + 1));
            answer.setWidth("24rem");
            var isCorrect = new Checkbox(getTranslation("catalog.quiz.correct"));
            answers.add(answer);
            correct.add(isCorrect);
            var row = new HorizontalLayout(answer, isCorrect);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            answerRows.add(row);
        }
        optionsError.addClassName("field-error");
        saveQuestion.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        saveQuestion.addClickListener(click -> save());

        add(new H4(getTranslation("catalog.quiz.questions")), questions, prompt, choice, answerRows, optionsError, saveQuestion);
        refresh();
    }

    private void edit(QuizQuestionItem question) {
        editing = question;
        prompt.setValue(question.prompt());
        choice.setValue(question.multipleChoice() ? Choice.SEVERAL : Choice.ONE);
        for (int i = 0; i < MAX_ANSWERS; i++) {
            boolean present = i < question.options().size();
            answers.get(i).setValue(present ? question.options().get(i).label() : "");
            correct.get(i).setValue(present && question.options().get(i).correct());
        }
        saveQuestion.setText(getTranslation("catalog.quiz.save"));
    }

    private void save() {
        List<QuizOption> options = new ArrayList<>();
        for (int i = 0; i < MAX_ANSWERS; i++) {
            options.add(new QuizOption(answers.get(i).getValue(), correct.get(i).getValue()));
        }
        var draft = new QuizQuestionDraft(prompt.getValue(), choice.getValue() == Choice.SEVERAL,
                options);
        prompt.setInvalid(false);
        optionsError.setText("");
        try {
            if (editing == null) {
                courseModules.addQuestion(moduleId, draft);
            } else {
                courseModules.updateQuestion(editing.id(), draft);
            }
            clearForm();
            refresh();
        } catch (CatalogRuleException e) {
            FieldErrors.show(e, Map.of("prompt", prompt), optionsError::setText);
        }
    }

    private void clearForm() {
        editing = null;
        prompt.clear();
        answers.forEach(TextField::clear);
        correct.forEach(box -> box.setValue(false));
        saveQuestion.setText(getTranslation("catalog.quiz.add"));
    }

    private void refresh() {
        questions.setItems(courseModules.quizQuestions(moduleId));
    }
}
