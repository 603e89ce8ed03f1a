package io.cascade.catalog.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.cascade.base.ui.Notifications;
import io.cascade.catalog.Audience;
import io.cascade.catalog.CatalogRuleException;
import io.cascade.catalog.CourseChangedException;
import io.cascade.catalog.CourseDetails;
import io.cascade.catalog.CourseDocumentService;
import io.cascade.catalog.CourseEdit;
import io.cascade.catalog.CourseModuleItem;
import io.cascade.catalog.CourseModuleService;
import io.cascade.catalog.CourseService;
import io.cascade.catalog.CourseStatus;
import io.cascade.catalog.ModuleDraft;
import io.cascade.catalog.ModuleKind;
import io.cascade.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;

/**
 * One course: its description (built in the order context, content, buy-in), its status, and its modules in order,
 * which can be added, edited, moved and removed.
 */
@Route("courses/:courseId([0-9]+)")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
class CourseEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 heading = new H2();
    final Span status = new Span();
    final Button publish = new Button(getTranslation("catalog.courseEditor.publish"));
    final Button unpublish = new Button(getTranslation("catalog.courseEditor.unpublish"));
    final Button archive = new Button(getTranslation("catalog.courseEditor.archive"));
    final Button restore = new Button(getTranslation("catalog.courseEditor.restore"));

    final TextField title = new TextField(getTranslation("catalog.course.field.title"));
    final TextArea summary = new TextArea(getTranslation("catalog.courseEditor.summary"));
    final Select<Audience> audience = new Select<>();
    final IntegerField refresherMonths = new IntegerField(getTranslation("catalog.courseEditor.refresherMonths"));
    final TextArea contextText = new TextArea(getTranslation("catalog.courseEditor.context"));
    final TextArea contentText = new TextArea(getTranslation("catalog.courseEditor.content"));
    final TextArea buyInText = new TextArea(getTranslation("catalog.courseEditor.buyIn"));
    final Button save = new Button(getTranslation("catalog.courseEditor.save"));
    /** A refusal of the whole form (someone else saved the course meanwhile), shown right above it. */
    final Paragraph formError = new Paragraph();

    final Grid<CourseModuleItem> modules = new Grid<>(CourseModuleItem.class, false);
    final Button addModule = new Button(getTranslation("catalog.courseEditor.addModule"), VaadinIcon.PLUS.create());

    private final CourseService courses;
    private final CourseModuleService courseModules;
    private final CourseDocumentService documents;
    private final Binder<CourseForm> binder = new Binder<>();
    private CourseDetails course;

    CourseEditorView(CourseService courses, CourseModuleService courseModules, CourseDocumentService documents) {
        this.courses = courses;
        this.courseModules = courseModules;
        this.documents = documents;
        addClassName("view");
        setMaxWidth("72rem");

        var back = new Button(getTranslation("catalog.menu.courses"), VaadinIcon.ARROW_LEFT.create(),
                click -> UI.getCurrent().navigate("courses"));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(click -> change(() -> courses.publish(course.id()), "catalog.courseEditor.published"));
        unpublish.addClickListener(click -> change(() -> courses.unpublish(course.id()), "catalog.courseEditor.unpublished"));
        archive.addThemeVariants(ButtonVariant.LUMO_ERROR);
        archive.addClickListener(click -> change(() -> courses.archive(course.id()), "catalog.courseEditor.archived"));
        restore.addClickListener(click -> change(() -> courses.restore(course.id()),
                "catalog.courseEditor.restored"));
        heading.addClassName("editor-heading");
        var titleRow = new HorizontalLayout(heading, status);
        titleRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        var actions = new HorizontalLayout(publish, unpublish, archive, restore);
        var header = new HorizontalLayout(titleRow, actions);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(titleRow);

        formError.addClassName("form-error");
        formError.setVisible(false);
        add(back, header, formError, courseForm(), new H3(getTranslation("catalog.courseEditor.modules")), modulesSection());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.courseEditor.title");
    }

    /** Navigates to the editor of a course. */
    static void open(long courseId) {
        UI.getCurrent().navigate(CourseEditorView.class, new RouteParameters("courseId", String.valueOf(courseId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long courseId = event.getRouteParameters().getLong("courseId").orElse(-1L);
        courses.findCourse(courseId).ifPresentOrElse(this::show, () -> event.forwardTo("courses"));
    }

    private FormLayout courseForm() {
        audience.setLabel(getTranslation("catalog.course.field.track"));
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(CourseLabels::audience);
        title.setMaxLength(160);
        summary.setMaxLength(1000);
        refresherMonths.setHelperText(getTranslation("catalog.courseEditor.refresherMonths.helper"));
        refresherMonths.setMin(1);
        for (TextArea section : new TextArea[] {contextText, contentText, buyInText}) {
            section.setHelperText(getTranslation("catalog.markdown.helper"));
            section.setMinHeight("7rem");
        }
        binder.forField(title).asRequired(getTranslation("catalog.course.titleRequired")).bind(CourseForm::getTitle, CourseForm::setTitle);
        binder.forField(summary).bind(CourseForm::getSummary, CourseForm::setSummary);
        binder.forField(audience).asRequired(getTranslation("catalog.courseEditor.trackRequired")).bind(CourseForm::getAudience, CourseForm::setAudience);
        binder.forField(refresherMonths)
                .withValidator(months -> months == null || months > 0, getTranslation("catalog.course.refresherMin"))
                .bind(CourseForm::getRefresherMonths, CourseForm::setRefresherMonths);
        binder.forField(contextText).bind(CourseForm::getContextText, CourseForm::setContextText);
        binder.forField(contentText).bind(CourseForm::getContentText, CourseForm::setContentText);
        binder.forField(buyInText).bind(CourseForm::getBuyInText, CourseForm::setBuyInText);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> saveCourse());

        var form = new FormLayout(title, audience, summary, refresherMonths, contextText, contentText, buyInText,
                save);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        form.setColspan(summary, 2);
        form.setColspan(contextText, 2);
        form.setColspan(contentText, 2);
        form.setColspan(buyInText, 2);
        form.setWidthFull();
        return form;
    }

    private Div modulesSection() {
        modules.addColumn(CourseModuleItem::position).setHeader("#").setWidth("3.5rem").setFlexGrow(0);
        modules.addComponentColumn(module -> {
            var badge = new Span(CourseLabels.kind(module.kind()));
            badge.addClassNames("badge", "info");
            return badge;
        }).setHeader(getTranslation("catalog.module.field.kind")).setAutoWidth(true).setFlexGrow(0);
        modules.addColumn(CourseModuleItem::title).setHeader(getTranslation("catalog.course.field.title"))
                .setFlexGrow(1);
        modules.addColumn(module -> getTranslation(module.required() ? "catalog.courseEditor.module.required"
                : "catalog.courseEditor.module.optional")).setHeader("")
                .setAutoWidth(true).setFlexGrow(0);
        modules.addComponentColumn(this::moduleActions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        modules.setAllRowsVisible(true);
        modules.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        modules.setEmptyStateText(getTranslation("catalog.courseEditor.modules.empty"));
        addModule.addClickListener(
                click -> new ModuleDialog(courseModules, documents, course.id(), null, this::reload).open());
        var section = new Div(modules, addModule);
        section.setWidthFull();
        addModule.getStyle().set("margin-top", "var(--lumo-space-s)");
        return section;
    }

    private HorizontalLayout moduleActions(CourseModuleItem module) {
        var up = iconButton(VaadinIcon.ARROW_UP, getTranslation("catalog.courseEditor.module.moveUp"), () -> move(module, -1));
        up.setEnabled(module.position() > 1);
        var down = iconButton(VaadinIcon.ARROW_DOWN, getTranslation("catalog.courseEditor.module.moveDown"), () -> move(module, 1));
        down.setEnabled(module.position() < course.modules().size());
        var edit = iconButton(VaadinIcon.EDIT, getTranslation("catalog.courseEditor.module.edit"),
                () -> new ModuleDialog(courseModules, documents, course.id(), module, this::reload).open());
        var remove = iconButton(VaadinIcon.TRASH, getTranslation("catalog.courseEditor.module.remove"), () -> change(() -> {
            courseModules.removeModule(module.id());
            return courses.findCourse(course.id()).orElseThrow();
        }, "catalog.courseEditor.module.removed"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var actions = new HorizontalLayout(up, down, edit, remove);
        actions.setSpacing(false);
        boolean editable = course.status() != CourseStatus.ARCHIVED;
        actions.getChildren().forEach(button -> ((Button) button).setEnabled(editable && ((Button) button).isEnabled()));
        return actions;
    }

    private static Button iconButton(VaadinIcon icon, String label, Runnable action) {
        var button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    private void move(CourseModuleItem module, int offset) {
        courseModules.moveModule(module.id(), offset);
        reload();
    }

    private void saveCourse() {
        CourseForm form = new CourseForm();
        showFormError(null);
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            show(courses.updateCourse(course.id(), course.version(), new CourseEdit(form.getTitle(),
                    form.getSummary(), form.getAudience(), form.getRefresherMonths(), form.getContextText(),
                    form.getContentText(), form.getBuyInText())));
            Notifications.success(getTranslation("catalog.courseEditor.saved"));
        } catch (CourseChangedException e) {
            // keep what the trainer typed on screen: they reload when ready and make the change again
            showFormError(e.localizedMessage());
        } catch (CatalogRuleException e) {
            Notifications.error(e.localizedMessage());
        }
    }

    private void showFormError(String message) {
        formError.setText(message == null ? "" : message);
        formError.setVisible(message != null);
    }

    /** Runs a change of the course and says it was done with the text of {@code doneKey}. */
    private void change(Supplier<CourseDetails> action, String doneKey) {
        try {
            show(action.get());
            Notifications.success(getTranslation(doneKey));
        } catch (CatalogRuleException e) {
            Notifications.error(e.localizedMessage());
        }
    }

    private void reload() {
        courses.findCourse(course.id()).ifPresent(this::show);
    }

    private void show(CourseDetails details) {
        this.course = details;
        heading.setText(details.title());
        status.setText(CourseLabels.status(details.status()));
        status.setClassName("badge");
        status.addClassName(CourseLabels.statusTone(details.status()));
        publish.setVisible(details.status() == CourseStatus.DRAFT);
        unpublish.setVisible(details.status() == CourseStatus.PUBLISHED);
        archive.setVisible(details.status() != CourseStatus.ARCHIVED);
        restore.setVisible(details.status() == CourseStatus.ARCHIVED);
        boolean editable = details.status() != CourseStatus.ARCHIVED;
        binder.setReadOnly(!editable);
        save.setEnabled(editable);
        addModule.setEnabled(editable);
        binder.readBean(CourseForm.of(details));
        modules.setItems(details.modules());
    }

    /** The form's working copy of a course's editable fields. */
    static final class CourseForm {
        private String title;
        private String summary;
        private Audience audience;
        private Integer refresherMonths;
        private String contextText;
        private String contentText;
        private String buyInText;

        static CourseForm of(CourseDetails course) {
            var form = new CourseForm();
            form.title = course.title();
            form.summary = nullToEmpty(course.summary());
            form.audience = course.audience();
            form.refresherMonths = course.refresherMonths();
            form.contextText = nullToEmpty(course.contextText());
            form.contentText = nullToEmpty(course.contentText());
            form.buyInText = nullToEmpty(course.buyInText());
            return form;
        }

        private static String nullToEmpty(String text) {
            return text == null ? "" : text;
        }

        String getTitle() {
            return title;
        }

        void setTitle(String title) {
            this.title = title;
        }

        String getSummary() {
            return summary;
        }

        void setSummary(String summary) {
            this.summary = summary;
        }

        Audience getAudience() {
            return audience;
        }

        void setAudience(Audience audience) {
            this.audience = audience;
        }

        Integer getRefresherMonths() {
            return refresherMonths;
        }

        void setRefresherMonths(Integer refresherMonths) {
            this.refresherMonths = refresherMonths;
        }

        String getContextText() {
            return contextText;
        }

        void setContextText(String contextText) {
            this.contextText = contextText;
        }

        String getContentText() {
            return contentText;
        }

        void setContentText(String contentText) {
            this.contentText = contentText;
        }

        String getBuyInText() {
            return buyInText;
        }

        void setBuyInText(String buyInText) {
            this.buyInText = buyInText;
        }
    }
}
