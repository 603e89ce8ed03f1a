package io.cascade.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.cascade.base.ui.Formats;
import io.cascade.base.ui.Notifications;
import io.cascade.catalog.CourseService;
import io.cascade.catalog.CourseStatus;
import io.cascade.catalog.CourseSummary;
import io.cascade.learning.LearningRuleException;
import io.cascade.learning.NewStory;
import io.cascade.learning.StoryItem;
import io.cascade.learning.StoryKind;
import io.cascade.learning.StoryService;
import io.cascade.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;

/**
 * Service stories: tell one (a success or a failure, what happened and what you learned) and read the others'.
 * Everything is shown as plain text. Managers and trainers feature or hide stories here.
 */
@Route("stories")
@PageTitle("Service stories")
@Menu(order = 12, icon = "vaadin:comments", title = "Stories")
@RolesAllowed(Roles.EMPLOYEE)
class StoriesView extends VerticalLayout {

    private final StoryService stories;
    private final boolean moderator;

    final ComboBox<CourseSummary> course = new ComboBox<>("Course");
    final RadioButtonGroup<StoryKind> kind = new RadioButtonGroup<>("Kind of story");
    final TextField title = new TextField("Title");
    final TextArea whatHappened = new TextArea("What happened");
    final TextArea whatLearned = new TextArea("What we learned");
    final Button post = new Button("Share my story");
    final Div list = new Div();

    StoriesView(StoryService stories, CourseService courses) {
        this.stories = stories;
        this.moderator = stories.canModerate();
        addClassNames("view", "stories-view");
        var intro = new Paragraph("Share failures and celebrate successes: tell what happened with a customer and "
                + "what you learned. Your story is shown with your name and department.");
        intro.addClassName("view-intro");

        course.setItems(courses.listCourses(CourseStatus.PUBLISHED));
        course.setItemLabelGenerator(CourseSummary::title);
        kind.setItems(StoryKind.values());
        kind.setItemLabelGenerator(StoryKind::label);
        kind.setValue(StoryKind.SUCCESS);
        title.setMaxLength(120);
        whatHappened.setMaxLength(2000);
        whatLearned.setMaxLength(2000);
        for (var field : new com.vaadin.flow.component.HasSize[] {course, title, whatHappened, whatLearned}) {
            field.setWidthFull();
        }
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        post.addClickListener(click -> post());
        var form = new Div(course, kind, title, whatHappened, whatLearned, post);
        form.addClassName("story-form");

        list.addClassName("story-list");
        add(intro, new H2("Tell a story"), form, new H2("Stories"), list);
        refresh();
    }

    private void post() {
        try {
            stories.post(new NewStory(course.getValue() == null ? null : course.getValue().id(), kind.getValue(),
                    title.getValue(), whatHappened.getValue(), whatLearned.getValue()));
            title.clear();
            whatHappened.clear();
            whatLearned.clear();
            Notifications.success("Thank you for sharing your story");
            refresh();
        } catch (ConstraintViolationException e) {
            Notifications.error(e.getConstraintViolations().iterator().next().getMessage());
        } catch (LearningRuleException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void refresh() {
        list.removeAll();
        var all = stories.stories();
        if (all.isEmpty()) {
            var empty = new Div(new Span("No stories yet. Be the first to share one."));
            empty.addClassName("empty-state");
            list.add(empty);
        }
        all.forEach(story -> list.add(card(story)));
    }

    /** Text goes in with setText only, so whatever the author typed is escaped, never interpreted as HTML. */
    private Div card(StoryItem story) {
        var kindBadge = new Span(story.kind().label());
        kindBadge.addClassNames("badge", story.kind() == StoryKind.SUCCESS ? "success" : "warning");
        var header = new Div(kindBadge);
        if (story.featured()) {
            var featured = new Span("Featured");
            featured.addClassNames("badge", "info");
            header.add(featured);
        }
        if (story.hidden()) {
            var hidden = new Span("Hidden");
            hidden.addClassNames("badge", "error");
            header.add(hidden);
        }
        var heading = new H3(story.title());
        var happened = new Paragraph(story.whatHappened());
        happened.addClassName("story-happened");
        var learned = new Paragraph("Learned: " + story.whatLearned());
        learned.addClassName("story-learned");
        var byline = new Span(story.authorName() + ", " + story.departmentName() + " · " + story.courseTitle() + " · "
                + Formats.date(story.createdAt()));
        byline.addClassName("story-byline");
        var card = new Div(header, heading, happened, learned, byline);
        card.addClassName("story-card");
        if (moderator) {
            var feature = new Button(story.featured() ? "Unfeature" : "Feature",
                    click -> moderate(() -> stories.feature(story.id(), !story.featured())));
            feature.setEnabled(!story.hidden());
            var hide = new Button(story.hidden() ? "Show" : "Hide",
                    click -> moderate(() -> stories.hide(story.id(), !story.hidden())));
            feature.addThemeVariants(ButtonVariant.LUMO_SMALL);
            hide.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            var actions = new Div(feature, hide);
            actions.addClassName("story-actions");
            card.add(actions);
        }
        return card;
    }

    private void moderate(Runnable action) {
        try {
            action.run();
        } catch (LearningRuleException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }
}
