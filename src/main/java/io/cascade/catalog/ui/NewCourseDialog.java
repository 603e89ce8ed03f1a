package io.cascade.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.RegexpValidator;
import io.cascade.catalog.Audience;
import io.cascade.catalog.CourseCodeTakenException;
import io.cascade.catalog.CourseService;
import io.cascade.catalog.CourseSummary;
import io.cascade.catalog.NewCourse;

/** Drafts a course from a code, a title and a track, then opens it in the editor. */
class NewCourseDialog extends Dialog {

    final TextField code = new TextField(getTranslation("catalog.course.field.code"));
    final TextField title = new TextField(getTranslation("catalog.course.field.title"));
    final Select<Audience> audience = new Select<>();
    final Button create = new Button(getTranslation("catalog.newCourse.create"));

    private final Binder<Draft> binder = new Binder<>();

    NewCourseDialog(CourseService courses) {
        setHeaderTitle(getTranslation("catalog.newCourse.title"));
        code.setHelperText(getTranslation("catalog.newCourse.code.helper"));
        code.setMaxLength(40);
        title.setMaxLength(160);
        audience.setLabel(getTranslation("catalog.course.field.track"));
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(CourseLabels::audience);
        audience.setValue(Audience.ALL);

        binder.forField(code).asRequired(getTranslation("catalog.newCourse.code.required"))
                .withValidator(new RegexpValidator(getTranslation("catalog.newCourse.code.characters"),
                        "[A-Za-z0-9._-]+"))
                .bind(Draft::getCode, Draft::setCode);
        binder.forField(title).asRequired(getTranslation("catalog.course.titleRequired"))
                .bind(Draft::getTitle, Draft::setTitle);
        binder.forField(audience).asRequired().bind(Draft::getAudience, Draft::setAudience);
        binder.setBean(new Draft());

        var form = new FormLayout(code, title, audience);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidth("24rem");
        add(form);

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> {
            if (binder.validate().isOk()) {
                Draft draft = binder.getBean();
                try {
                    CourseSummary course = courses.createCourse(new NewCourse(draft.getCode(), draft.getTitle(),
                            null, draft.getAudience(), null, null, null, null));
                    close();
                    CourseEditorView.open(course.id());
                } catch (CourseCodeTakenException e) {
                    code.setErrorMessage(e.localizedMessage());
                    code.setInvalid(true);
                }
            }
        });
        getFooter().add(new Button(getTranslation("catalog.dialog.cancel"), click -> close()), create);
    }

    static final class Draft {
        private String code = "";
        private String title = "";
        private Audience audience = Audience.ALL;

        String getCode() {
            return code;
        }

        void setCode(String code) {
            this.code = code;
        }

        String getTitle() {
            return title;
        }

        void setTitle(String title) {
            this.title = title;
        }

        Audience getAudience() {
            return audience;
        }

        void setAudience(Audience audience) {
            this.audience = audience;
        }
    }
}
