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
        var back = new Anchor("my-learning", getTranslation("learning.player.back"));
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
        stories.add(new H2(getTranslation("learning.player.stories.heading")));
        for (StoryItem story : featured) {
            var kind = new Span(getTranslation(story.kind().labelKey()));
            kind.addClassNames("badge", story.kind() == StoryKind.SUCCESS ? "success" : "warning");
            var happened = new Paragraph(story.whatHappened());
            happened.addClassName("story-happened");
            var learned = new Paragraph(getTranslation("learning.stories.learned", story.whatLearned()));
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
        return course == null ? getTranslation("learning.player.title") : course.title();
    }

    private void refresh(CoursePlayer updated) {
        course = updated;
        show(currentModuleId);
    }

    private void show(Long moduleId) {
        title.setText(course.title());
        long required = course.requiredTotal();
        String modules = getTranslation("learning.player.progress.modules", course.requiredDone(), required);
        // the figures of a course, each a phrase of its own: "2 of 3 required modules done · class attended"
        progressText.setText(!course.needsClass() ? modules : String.join(" · ", modules,
                getTranslation(course.attendedClass() ? "learning.player.progress.classAttended"
                        : "learning.player.progress.classNeeded")));
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
        String state = getTranslation(course.complete() ? "learning.player.certificate.completed"
                : "learning.player.certificate.completedRefresherDue", Formats.date(certificate.issuedAt()));
        var download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = certificates.myCertificatePdf(certificate.code());
            return new DownloadResponse(new ByteArrayInputStream(pdf), "certificate-" + certificate.code() + ".pdf",
                    "application/pdf", pdf.length);
        }), getTranslation("learning.player.certificate.download"));
        download.getElement().setAttribute("download", true);
        download.addClassName("certificate-download");
        completion.add(new Span(state),
                new Span(" · " + getTranslation("learning.player.certificate.code", certificate.code()) + " · "),
                download);
        if (course.refresherDueOn() != null) {
            completion.add(new Paragraph(getTranslation("learning.player.refresherDue", Formats.date(
                    course.refresherDueOn().atStartOfDay(java.time.ZoneOffset.UTC).toInstant()))));
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
                markDone(module, getTranslation("learning.player.done.read"));
            }
            case VIDEO -> {
                if (module.videoEmbedUrl() != null) {
                    var video = new IFrame(module.videoEmbedUrl());
                    video.addClassName("video-player");
                    video.getElement().setAttribute("allowfullscreen", true);
                    video.getElement().setAttribute("title", module.title());
                    moduleContent.add(video);
                } else if (module.videoUrl() != null) {
                    var link = new Anchor(module.videoUrl(), getTranslation("learning.player.video.watch"));
                    link.setTarget("_blank");
                    link.getElement().setAttribute("rel", "noopener noreferrer");
                    moduleContent.add(new Paragraph(link));
                }
                body(module);
                markDone(module, getTranslation("learning.player.done.watched"));
            }
            case DOCUMENT -> {
                body(module);
                if (module.documentName() != null) {
                    long courseId = course.courseId();
                    var download = new Anchor(DownloadHandler.fromInputStream(event -> {
                        DocumentFile file = player.document(courseId, module.id());
                        return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                                file.contentType(), file.content().length);
                    }), getTranslation("learning.player.document.download", module.documentName()));
                    download.getElement().setAttribute("download", true);
                    moduleContent.add(new Paragraph(download));
                }
                markDone(module, getTranslation("learning.player.done.readDocument"));
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
            moduleContent.add(badge(getTranslation("learning.player.done"), "success"));
            return;
        }
        doneButton = new Button(label, click -> act(() -> refresh(player.markDone(course.courseId(), module.id()))));
        doneButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        moduleContent.add(doneButton);
    }

    private void quiz(PlayerModule module) {
        body(module);
        QuizState quiz = module.quiz();
        // the quiz's figures, each a phrase of its own: "Pass mark 80% · 1 of 3 attempts used · best score 50%"
        List<String> figures = new ArrayList<>();
        figures.add(getTranslation("learning.player.quiz.passMark", percent(quiz.passMark())));
        figures.add(quiz.maxAttempts() == null ? getTranslation("learning.player.quiz.unlimitedAttempts")
                : getTranslation("learning.player.quiz.attemptsUsed", quiz.attemptsUsed(), quiz.maxAttempts()));
        if (quiz.bestScore() != null) {
            figures.add(getTranslation("learning.player.quiz.bestScore", percent(quiz.bestScore())));
        }
        moduleContent.add(new Paragraph(String.join(" · ", figures)));
        if (quiz.passed()) {
            moduleContent.add(badge(getTranslation("learning.player.quiz.passed"), "success"));
            return;
        }
        if (!quiz.canAttempt()) {
            moduleContent.add(badge(getTranslation("learning.player.quiz.noAttemptsLeft"), "error"));
            return;
        }
        Div form = new Div();
        form.addClassName("quiz");
        int number = 1;
        for (QuizState.Question question : quiz.questions()) {
            List<Integer> indexes = IntStream.range(0, question.options().size()).boxed().toList();
            String label = number++ + ". " + question.prompt();
            if (question.multipleChoice()) {
                var choice = new CheckboxGroup<Integer>(getTranslation("learning.player.quiz.chooseAll", label));
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
        submitQuiz = new Button(getTranslation("learning.player.quiz.submit"), click -> act(() -> {
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
        quizResult.add(badge(getTranslation(result.passed() ? "learning.player.result.passed"
                : "learning.player.result.notPassed", percent(result.scorePercent()), percent(result.passMark())),
                result.passed() ? "success" : "error"));
        for (QuizResult.QuestionFeedback feedback : result.feedback()) {
            var line = new Paragraph(getTranslation(feedback.correct() ? "learning.player.result.right"
                    : "learning.player.result.wrong", feedback.prompt()));
            line.addClassName(feedback.correct() ? "feedback-right" : "feedback-wrong");
            quizResult.add(line);
        }
        if (!result.passed()) {
            quizResult.add(new Paragraph(result.attemptsLeft() == null
                    ? getTranslation("learning.player.result.tryAgain")
                    : result.attemptsLeft() == 0 ? getTranslation("learning.player.quiz.noAttemptsLeft")
                            : getTranslation("learning.player.result.attemptsLeft", result.attemptsLeft())));
        }
        if (result.certificate() != null) {
            quizResult.add(badge(getTranslation("learning.player.result.courseComplete"), "success"));
        }
        moduleContent.addComponentAtIndex(1, quizResult);
    }

    private void reflection(PlayerModule module) {
        body(module);
        reflection = new TextArea(getTranslation("learning.player.reflection.answer"));
        reflection.setWidthFull();
        reflection.setMinHeight("8rem");
        reflection.setMaxLength(4000);
        reflection.setValue(module.reflectionAnswer() == null ? "" : module.reflectionAnswer());
        saveReflection = new Button(getTranslation(module.done() ? "learning.player.reflection.update"
                : "learning.player.reflection.save"), click -> act(() -> {
                    refresh(player.saveReflection(course.courseId(), module.id(), reflection.getValue()));
                    Notifications.success(getTranslation("learning.player.reflection.saved"));
                }));
        saveReflection.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        moduleContent.add(reflection, saveReflection);
        if (module.done()) {
            moduleContent.add(badge(getTranslation("learning.player.done"), "success"));
        }
    }

    private void nextButton(PlayerModule module) {
        List<PlayerModule> modules = course.modules();
        int index = modules.indexOf(module);
        if (index >= 0 && index + 1 < modules.size()) {
            PlayerModule next = modules.get(index + 1);
            var button = new Button(getTranslation("learning.player.next", next.title()), click -> open(next.id()));
            button.addClassName("next-module");
            moduleContent.add(new Div(button));
        }
    }

    /** A whole percentage as a fraction for the messages' {@code {0, number, percent}}: 80 is 0.8. */
    private static double percent(int whole) {
        return whole / 100.0;
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
            Notifications.error(e.localizedMessage());
        }
    }
}
