package io.cascade.learning.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.cascade.base.ui.Formats;
import io.cascade.base.ui.Notifications;
import io.cascade.catalog.DocumentFile;
import io.cascade.learning.CertificateInfo;
import io.cascade.learning.CertificateService;
import io.cascade.learning.CoursePlayer;
import io.cascade.learning.CoursePlayerService;
import io.cascade.learning.LearningRuleException;
import io.cascade.learning.PlayerModule;
import io.cascade.learning.QuizResult;
import io.cascade.learning.QuizState;
import io.cascade.learning.StoryItem;
import io.cascade.learning.StoryKind;
import io.cascade.learning.StoryService;
import io.cascade.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Plays a course module by module: read, watch, download, quiz and reflect, resuming at the module I was on. The
 * quiz shows only the options; the server scores the answers and says per question whether it was right.
 */
@Route("my-learning/course")
@RolesAllowed(Roles.EMPLOYEE)
class CoursePlayerView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    static final int STORIES_SHOWN = 5;

    private final CoursePlayerService player;
    private final CertificateService certificates;
    private final StoryService storyService;

    final H2 title = new H2();
    final Span progressText = new Span();
    final ProgressBar progress = new ProgressBar();
    final Div completion = new Div();
    final Div moduleList = new Div();
    final Div moduleContent = new Div();
    final List<Button> moduleButtons = new ArrayList<>();
    /** The course's featured service stories, at the end of the page; hidden when there are none. */
    final Div stories = new Div();

    /** The quiz being answered: question id to the chosen option indexes, read when submitting. */
    final Map<Long, Supplier<Set<Integer>>> quizAnswers = new HashMap<>();
    Button submitQuiz;
    Button doneButton;
    TextArea reflection;
    Button saveReflection;

    private CoursePlayer course;
    private long currentModuleId;

    CoursePlayerView(CoursePlayerService player, CertificateService certificates, StoryService storyService) {
        this.player = player;
        this.certificates = certificates;
        this.storyService = storyService;
        addClassNames("view", "course-player");
        setPadding(true);
        var back = new Anchor("my-learning", "← My learning");
        moduleList.addClassName("module-list");
        moduleContent.addClassName("module-content");
        moduleContent.setWidthFull();
        progress.setMin(0);
        progress.setMax(1);
        stories.addClassNames("story-list", "course-stories");
        add(back, title, progressText, progress, completion, moduleList, moduleContent, stories);
    }

    @Override
    public void setParameter(BeforeEvent event, Long courseId) {
        course = player.open(courseId);
        show(course.resumeModuleId());
        showStories(storyService.featuredStoriesOf(course.courseId(), STORIES_SHOWN));
    }

    /** Featured stories of this course: what colleagues lived and learned. Text is set as text, never as HTML. */
    private void showStories(List<StoryItem> featured) {
        stories.removeAll();
        stories.setVisible(!featured.isEmpty());
        if (featured.isEmpty()) {
            return;
        }
        stories.add(new H2("Stories from colleagues"));
        for (StoryItem story : featured) {
            var kind = new Span(story.kind().label());
            kind.addClassNames("badge", story.kind() == StoryKind.SUCCESS ? "success" : "warning");
            var happened = new Paragraph(story.whatHappened());
            happened.addClassName("story-happened");
            var learned = new Paragraph("Learned: " + story.whatLearned());
            learned.addClassName("story-learned");
            var byline = new Span(story.authorName() + ", " + story.departmentName() + " · "
                    + Formats.date(story.createdAt()));
            byline.addClassName("story-byline");
            var card = new Div(new Div(kind), new H3(story.title()), happened, learned, byline);
            card.addClassName("story-card");
            stories.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return course == null ? "Course" : course.title();
    }

    private void refresh(CoursePlayer updated) {
        course = updated;
        show(currentModuleId);
    }

    private void show(Long moduleId) {
        title.setText(course.title());
        long required = course.requiredTotal();
        progressText.setText(course.requiredDone() + " of " + required + " required modules done"
                + (course.needsClass() ? (course.attendedClass() ? " · class attended" : " · attend a class to complete")
                        : ""));
        progress.setValue(required == 0 ? 1 : (double) course.requiredDone() / required);
        showCompletion();
        moduleList.removeAll();
        moduleButtons.clear();
        for (PlayerModule module : course.modules()) {
            var button = new Button((module.done() ? "✓ " : "") + module.position() + ". " + module.title(),
                    click -> open(module.id()));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL,
                    moduleId != null && module.id() == moduleId ? ButtonVariant.LUMO_PRIMARY
                            : ButtonVariant.LUMO_TERTIARY);
            moduleButtons.add(button);
            moduleList.add(button);
        }
        moduleContent.removeAll();
        quizAnswers.clear();
        course.modules().stream().filter(module -> moduleId != null && module.id() == moduleId).findFirst()
                .ifPresent(this::render);
    }

    private void open(long moduleId) {
        player.openModule(course.courseId(), moduleId);
        show(moduleId);
    }

    private void showCompletion() {
        completion.removeAll();
        completion.setVisible(course.certificate() != null);
        CertificateInfo certificate = course.certificate();
        if (certificate == null) {
            return;
        }
        completion.addClassName("completion-card");
        String state = course.complete() ? "Completed on " + Formats.date(certificate.issuedAt())
                : "Completed on " + Formats.date(certificate.issuedAt()) + "; a refresher is due";
        var download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = certificates.myCertificatePdf(certificate.code());
            return new DownloadResponse(new ByteArrayInputStream(pdf), "certificate-" + certificate.code() + ".pdf",
                    "application/pdf", pdf.length);
        }), "Download certificate (PDF)");
        download.getElement().setAttribute("download", true);
        download.addClassName("certificate-download");
        completion.add(new Span(state), new Span(" · code " + certificate.code() + " · "), download);
        if (course.refresherDueOn() != null) {
            completion.add(new Paragraph("Refresher due " + Formats.date(course.refresherDueOn()
                    .atStartOfDay(java.time.ZoneOffset.UTC).toInstant())));
        }
    }

    private void render(PlayerModule module) {
        currentModuleId = module.id();
        doneButton = null;
        submitQuiz = null;
        reflection = null;
        saveReflection = null;
        moduleContent.add(new H3(module.title()));
        switch (module.kind()) {
            case TEXT -> {
                body(module);
                markDone(module, "I have read this");
            }
            case VIDEO -> {
                if (module.videoEmbedUrl() != null) {
                    var video = new IFrame(module.videoEmbedUrl());
                    video.addClassName("video-player");
                    video.getElement().setAttribute("allowfullscreen", true);
                    video.getElement().setAttribute("title", module.title());
                    moduleContent.add(video);
                } else if (module.videoUrl() != null) {
                    var link = new Anchor(module.videoUrl(), "Watch the video");
                    link.setTarget("_blank");
                    link.getElement().setAttribute("rel", "noopener noreferrer");
                    moduleContent.add(new Paragraph(link));
                }
                body(module);
                markDone(module, "I have watched this");
            }
            case DOCUMENT -> {
                body(module);
                if (module.documentName() != null) {
                    long courseId = course.courseId();
                    var download = new Anchor(DownloadHandler.fromInputStream(event -> {
                        DocumentFile file = player.document(courseId, module.id());
                        return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                                file.contentType(), file.content().length);
                    }), "Download " + module.documentName());
                    download.getElement().setAttribute("download", true);
                    moduleContent.add(new Paragraph(download));
                }
                markDone(module, "I have read the document");
            }
            case QUIZ -> quiz(module);
            case REFLECTION -> reflection(module);
        }
        nextButton(module);
    }

    private void body(PlayerModule module) {
        if (module.bodyHtml() != null) {
            moduleContent.add(new Html(module.bodyHtml()));
        }
    }

    private void markDone(PlayerModule module, String label) {
        if (module.done()) {
            moduleContent.add(badge("Done", "success"));
            return;
        }
        doneButton = new Button(label, click -> act(() -> refresh(player.markDone(course.courseId(), module.id()))));
        doneButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        moduleContent.add(doneButton);
    }

    private void quiz(PlayerModule module) {
        body(module);
        QuizState quiz = module.quiz();
        String attempts = quiz.maxAttempts() == null ? "unlimited attempts"
                : quiz.attemptsUsed() + " of " + quiz.maxAttempts() + " attempts used";
        moduleContent.add(new Paragraph("Pass mark " + quiz.passMark() + "% · " + attempts
                + (quiz.bestScore() == null ? "" : " · best score " + quiz.bestScore() + "%")));
        if (quiz.passed()) {
            moduleContent.add(badge("Passed", "success"));
            return;
        }
        if (!quiz.canAttempt()) {
            moduleContent.add(badge("No attempts left. Ask your trainer for help.", "error"));
            return;
        }
        Div form = new Div();
        form.addClassName("quiz");
        int number = 1;
        for (QuizState.Question question : quiz.questions()) {
            List<Integer> indexes = IntStream.range(0, question.options().size()).boxed().toList();
            String label = number++ + ". " + question.prompt();
            if (question.multipleChoice()) {
                var choice = new CheckboxGroup<Integer>(label + " (choose all that apply)");
                choice.setItems(indexes);
                choice.setItemLabelGenerator(question.options()::get);
                choice.addThemeName("vertical");
                quizAnswers.put(question.id(), () -> new HashSet<>(choice.getValue()));
                form.add(choice);
            } else {
                var choice = new RadioButtonGroup<Integer>(label);
                choice.setItems(indexes);
                choice.setItemLabelGenerator(question.options()::get);
                choice.addThemeName("vertical");
                quizAnswers.put(question.id(), () -> choice.getValue() == null ? Set.of() : Set.of(choice.getValue()));
                form.add(choice);
            }
        }
        submitQuiz = new Button("Submit answers", click -> act(() -> {
            Map<Long, Set<Integer>> answers = new HashMap<>();
            quizAnswers.forEach((id, chosen) -> answers.put(id, chosen.get()));
            QuizResult result = player.submitQuiz(course.courseId(), module.id(), answers);
            course = player.open(course.courseId());
            show(module.id());
            showResult(result);
        }));
        submitQuiz.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        moduleContent.add(form, submitQuiz);
    }

    final Div quizResult = new Div();

    private void showResult(QuizResult result) {
        quizResult.removeAll();
        quizResult.addClassName("quiz-result");
        quizResult.add(badge((result.passed() ? "Passed with " : "Not passed: ") + result.scorePercent() + "% (pass mark "
                + result.passMark() + "%)", result.passed() ? "success" : "error"));
        for (QuizResult.QuestionFeedback feedback : result.feedback()) {
            var line = new Paragraph((feedback.correct() ? "✓ Right: " : "✗ Not quite: ") + feedback.prompt());
            line.addClassName(feedback.correct() ? "feedback-right" : "feedback-wrong");
            quizResult.add(line);
        }
        if (!result.passed()) {
            quizResult.add(new Paragraph(result.attemptsLeft() == null ? "Try again when you are ready."
                    : result.attemptsLeft() == 0 ? "No attempts left. Ask your trainer for help."
                            : result.attemptsLeft() + " attempt(s) left. Review the modules and try again."));
        }
        if (result.certificate() != null) {
            quizResult.add(badge("Course complete. Your certificate is ready.", "success"));
        }
        moduleContent.addComponentAtIndex(1, quizResult);
    }

    private void reflection(PlayerModule module) {
        body(module);
        reflection = new TextArea("Your answer");
        reflection.setWidthFull();
        reflection.setMinHeight("8rem");
        reflection.setMaxLength(4000);
        reflection.setValue(module.reflectionAnswer() == null ? "" : module.reflectionAnswer());
        saveReflection = new Button(module.done() ? "Update my answer" : "Save my answer", click -> act(() -> {
            refresh(player.saveReflection(course.courseId(), module.id(), reflection.getValue()));
            Notifications.success("Your answer is saved");
        }));
        saveReflection.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        moduleContent.add(reflection, saveReflection);
        if (module.done()) {
            moduleContent.add(badge("Done", "success"));
        }
    }

    private void nextButton(PlayerModule module) {
        List<PlayerModule> modules = course.modules();
        int index = modules.indexOf(module);
        if (index >= 0 && index + 1 < modules.size()) {
            PlayerModule next = modules.get(index + 1);
            var button = new Button("Next: " + next.title(), click -> open(next.id()));
            button.addClassName("next-module");
            moduleContent.add(new Div(button));
        }
    }

    private static Span badge(String text, String tone) {
        var badge = new Span(text);
        badge.addClassNames("badge", tone);
        return badge;
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (LearningRuleException e) {
            Notifications.error(e.getMessage());
        }
    }
}
