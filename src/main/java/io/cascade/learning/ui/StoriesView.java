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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
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
@Menu(order = 12, icon = "vaadin:comments", title = "learning.menu.stories")
@RolesAllowed(Roles.EMPLOYEE)
class StoriesView extends VerticalLayout implements HasDynamicTitle {

    private final StoryService stories;
    private final boolean moderator;

    final ComboBox<CourseSummary> course = new ComboBox<>(getTranslation("learning.stories.course"));
    final RadioButtonGroup<StoryKind> kind = new RadioButtonGroup<>(getTranslation("learning.stories.kind"));
    final TextField title = new TextField(getTranslation("learning.stories.storyTitle"));
    final TextArea whatHappened = new TextArea(getTranslation("learning.stories.whatHappened"));
    final TextArea whatLearned = new TextArea(getTranslation("learning.stories.whatLearned"));
    final Button post = new Button(getTranslation("learning.stories.post"));
    final Div list = new Div();

    StoriesView(StoryService stories, CourseService courses) {
        this.stories = stories;
        this.moderator = stories.canModerate();
        addClassNames("view", "stories-view");
        var intro = new Paragraph(getTranslation("learning.stories.intro"));
        intro.addClassName("view-intro");

        course.setItems(courses.listCourses(CourseStatus.PUBLISHED));
        course.setItemLabelGenerator(CourseSummary::title);
        kind.setItems(StoryKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
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
        add(intro, new H2(getTranslation("learning.stories.form.heading")), form,
                new H2(getTranslation("learning.stories.list.heading")), list);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("learning.stories.title");
    }

    private void post() {
        try {
            stories.post(new NewStory(course.getValue() == null ? null : course.getValue().id(), kind.getValue(),
                    title.getValue(), whatHappened.getValue(), whatLearned.getValue()));
            title.clear();
            whatHappened.clear();
            whatLearned.clear();
            Notifications.success(getTranslation("learning.stories.posted"));
            refresh();
        } catch (ConstraintViolationException e) {
            Notifications.error(e.getConstraintViolations().iterator().next().getMessage());
        } catch (LearningRuleException e) {
            Notifications.error(e.localizedMessage());
        }
    }

    private void refresh() {
        list.removeAll();
        var all = stories.stories();
        if (all.isEmpty()) {
            var empty = new Div(new Span(getTranslation("learning.stories.empty")));
            empty.addClassName("empty-state");
            list.add(empty);
        }
        all.forEach(story -> list.add(card(story)));
    }

    /** Text goes in with setText only, so whatever the author typed is escaped, never interpreted as HTML. */
    private Div card(StoryItem story) {
        var kindBadge = new Span(getTranslation(story.kind().labelKey()));
        kindBadge.addClassNames("badge", story.kind() == StoryKind.SUCCESS ? "success" : "warning");
        var header = new Div(kindBadge);
        if (story.featured()) {
            var featured = new Span(getTranslation("learning.stories.featured"));
            featured.addClassNames("badge", "info");
            header.add(featured);
        }
        if (story.hidden()) {
            var hidden = new Span(getTranslation("learning.stories.hidden"));
            hidden.addClassNames("badge", "error");
            header.add(hidden);
        }
        var heading = new H3(story.title());
        var happened = new Paragraph(story.whatHappened());
        happened.addClassName("story-happened");
        var learned = new Paragraph(getTranslation("learning.stories.learned", story.whatLearned()));
        learned.addClassName("story-learned");
        var byline = new Span(story.authorName() + ", " + story.departmentName() + " · " + story.courseTitle() + " · "
                + Formats.date(story.createdAt()));
        byline.addClassName("story-byline");
        var card = new Div(header, heading, happened, learned, byline);
        card.addClassName("story-card");
        if (moderator) {
            var feature = new Button(getTranslation(story.featured() ? "learning.stories.unfeature"
                    : "learning.stories.feature"),
                    click -> moderate(() -> stories.feature(story.id(), !story.featured())));
            feature.setEnabled(!story.hidden());
            var hide = new Button(getTranslation(story.hidden() ? "learning.stories.show" : "learning.stories.hide"),
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
            Notifications.error(e.localizedMessage());
        }
        refresh();
    }
}
