package io.cascade.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.I18NProvider;
import io.cascade.base.ui.FieldErrors;
import io.cascade.catalog.CatalogRuleException;
import io.cascade.catalog.CourseDocumentService;
import io.cascade.catalog.CourseModuleItem;
import io.cascade.catalog.CourseModuleService;
import io.cascade.base.ui.imports.LimitedUpload;
import io.cascade.catalog.DocumentUpload;
import io.cascade.catalog.Markdown;
import io.cascade.catalog.ModuleDraft;
import io.cascade.catalog.ModuleKind;
import io.cascade.catalog.VideoLinks;
import java.net.URLConnection;
import java.util.Map;

/**
 * Adds or edits one module. The fields shown follow the kind; text is previewed as it will be rendered, a video link
 * as its player. A document's file is held until Save, so a refused file leaves nothing saved. A quiz's questions are
 * edited below its rules once the quiz exists.
 */
class ModuleDialog extends Dialog {

    final Select<ModuleKind> kind = new Select<>();
    final TextField title = new TextField(getTranslation("catalog.course.field.title"));
    final Checkbox required = new Checkbox(getTranslation("catalog.moduleDialog.required"), true);
    final TextArea body = new TextArea();
    final TextField url = new TextField(getTranslation("catalog.moduleDialog.url"));
    final IntegerField passMark = new IntegerField(getTranslation("catalog.moduleDialog.passMark"));
    final IntegerField maxAttempts = new IntegerField(getTranslation("catalog.moduleDialog.maxAttempts"));
    final Upload upload;
    final Span uploadError = new Span();
    final Span currentFile = new Span();
    final Div preview = new Div();
    final Button save = new Button(getTranslation("catalog.moduleDialog.save"));

    private final CourseModuleService courseModules;
    private final CourseDocumentService documents;
    private final long courseId;
    private final Runnable onSaved;
    private final Binder<Form> binder = new Binder<>();
    private final Div questionsArea = new Div();
    private CourseModuleItem module;
    private DocumentUpload pendingFile;

    ModuleDialog(CourseModuleService courseModules, CourseDocumentService documents, long courseId,
            CourseModuleItem module, Runnable onSaved) {
        this.courseModules = courseModules;
        this.documents = documents;
        this.courseId = courseId;
        this.module = module;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(module == null ? "catalog.moduleDialog.titleNew" : "catalog.moduleDialog.titleEdit"));
        setWidth("48rem");

        kind.setLabel(getTranslation("catalog.module.field.kind"));
        kind.setItems(ModuleKind.values());
        kind.setItemLabelGenerator(CourseLabels::kind);
        kind.setValue(module == null ? ModuleKind.TEXT : module.kind());
        kind.setReadOnly(module != null);
        title.setMaxLength(160);
        url.setPlaceholder("https://www.youtube.com/watch?v=…");
        url.setHelperText(getTranslation("catalog.moduleDialog.url.helper"));
        passMark.setMin(1);
        passMark.setMax(100);
        maxAttempts.setMin(1);
        maxAttempts.setHelperText(getTranslation("catalog.moduleDialog.maxAttempts.helper"));
        body.setWidthFull();
        body.setMinHeight("8rem");
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.addValueChangeListener(change -> updatePreview());
        url.setValueChangeMode(ValueChangeMode.LAZY);
        url.addValueChangeListener(change -> updatePreview());

        // the limit holds on the server too: reading stops at the limit, whatever the browser was told
        upload = new Upload(LimitedUpload.inMemory(documents.maxDocumentBytes(), (fileName, bytes) -> {
            pendingFile = new DocumentUpload(fileName, URLConnection.guessContentTypeFromName(fileName), bytes);
            uploadError.setText("");
            currentFile.setText(getTranslation("catalog.moduleDialog.file.ready", fileName, size(bytes.length)));
        }, refusal -> {
            pendingFile = null;
            uploadError.setText(refusal);
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, documents.maxDocumentBytes()));
        upload.setAcceptedFileTypes(CourseDocumentService.DOCUMENT_EXTENSIONS.stream().sorted()
                .map(extension -> "." + extension).toArray(String[]::new));
        upload.addFileRejectedListener(rejected -> uploadError.setText(getTranslation(
                "catalog.moduleDialog.file.rejected", rejected.getErrorMessage(), size(documents.maxDocumentBytes()),
                String.join(", ", CourseDocumentService.DOCUMENT_EXTENSIONS.stream().sorted().toList()))));
        uploadError.addClassName("field-error");
        preview.addClassName("module-preview");

        binder.forField(title).asRequired(getTranslation("catalog.module.titleRequired")).bind(Form::getTitle, Form::setTitle);
        binder.forField(required).bind(Form::isRequired, Form::setRequired);
        binder.forField(body)
                .withValidator(text -> !needsBody() || (text != null && !text.isBlank()),
                        getTranslation("catalog.moduleDialog.bodyRequired"))
                .bind(Form::getBody, Form::setBody);
        binder.forField(url)
                .withValidator(link -> kind.getValue() != ModuleKind.VIDEO || VideoLinks.isWebAddress(link),
                        getTranslation("catalog.module.urlInvalid"))
                .bind(Form::getUrl, Form::setUrl);
        binder.forField(passMark)
                .withValidator(mark -> kind.getValue() != ModuleKind.QUIZ || (mark != null && mark >= 1 && mark <= 100),
                        getTranslation("catalog.module.passMarkRange"))
                .bind(Form::getPassMark, Form::setPassMark);
        binder.forField(maxAttempts)
                .withValidator(attempts -> attempts == null || attempts >= 1,
                        getTranslation("catalog.moduleDialog.maxAttemptsMin"))
                .bind(Form::getMaxAttempts, Form::setMaxAttempts);
        binder.readBean(module == null ? new Form() : Form.of(module));

        var form = new FormLayout(kind, title, required, body, url, passMark, maxAttempts, currentFile, upload,
                uploadError, preview, questionsArea);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        for (Component wide : new Component[] {required, body, url, currentFile, upload, uploadError, preview,
                questionsArea}) {
            form.setColspan(wide, 2);
        }
        add(form);
        kind.addValueChangeListener(change -> adaptToKind());
        adaptToKind();

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getFooter().add(new Button(getTranslation("catalog.dialog.close"), click -> close()), save);
    }

    private boolean needsBody() {
        return kind.getValue() == ModuleKind.TEXT || kind.getValue() == ModuleKind.REFLECTION;
    }

    private void adaptToKind() {
        ModuleKind selected = kind.getValue();
        body.setVisible(selected != ModuleKind.VIDEO && selected != ModuleKind.QUIZ);
        body.setLabel(switch (selected) {
            case TEXT -> getTranslation("catalog.moduleDialog.body.text");
            case REFLECTION -> getTranslation("catalog.moduleDialog.body.reflection");
            case DOCUMENT -> getTranslation("catalog.moduleDialog.body.document");
            default -> "";
        });
        url.setVisible(selected == ModuleKind.VIDEO);
        passMark.setVisible(selected == ModuleKind.QUIZ);
        maxAttempts.setVisible(selected == ModuleKind.QUIZ);
        boolean document = selected == ModuleKind.DOCUMENT;
        upload.setVisible(document);
        uploadError.setVisible(document);
        currentFile.setVisible(document);
        if (document && module != null && pendingFile == null) {
            currentFile.setText(documents.documentInfo(module.id())
                    .map(info -> getTranslation("catalog.moduleDialog.file.current", info.fileName(),
                            size(info.sizeBytes())))
                    .orElse(getTranslation("catalog.moduleDialog.file.none")));
        }
        questionsArea.removeAll();
        if (selected == ModuleKind.QUIZ && module != null) {
            questionsArea.add(new QuizQuestionsEditor(courseModules, module.id()));
        }
        updatePreview();
    }

    private void updatePreview() {
        preview.removeAll();
        ModuleKind selected = kind.getValue();
        if (selected == ModuleKind.TEXT && !body.isEmpty()) {
            preview.add(new Span(getTranslation("catalog.moduleDialog.preview")),
                    new Html(Markdown.toSafeHtml(body.getValue())));
        } else if (selected == ModuleKind.VIDEO && VideoLinks.isWebAddress(url.getValue())) {
            VideoLinks.embedUrl(url.getValue()).ifPresentOrElse(embed -> {
                var player = new IFrame(embed);
                player.setWidth("100%");
                player.setHeight("320px");
                player.getElement().setAttribute("allowfullscreen", true);
                preview.add(new Span(getTranslation("catalog.moduleDialog.preview")), player);
            }, () -> {
                var link = new Anchor(url.getValue().strip(), url.getValue().strip());
                link.setTarget("_blank");
                preview.add(new Span(getTranslation("catalog.moduleDialog.preview.link") + " "), link);
            });
        }
        preview.setVisible(preview.getComponentCount() > 0);
    }

    private void save() {
        Form form = new Form();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        ModuleKind selected = kind.getValue();
        if (selected == ModuleKind.DOCUMENT && pendingFile == null
                && (module == null || documents.documentInfo(module.id()).isEmpty())) {
            uploadError.setText(getTranslation("catalog.moduleDialog.file.required"));
            return;
        }
        var draft = new ModuleDraft(form.getTitle(), selected, form.getBody(), form.getUrl(), form.isRequired(),
                form.getPassMark(), form.getMaxAttempts());
        try {
            boolean created = module == null;
            module = created ? courseModules.addModule(courseId, draft, pendingFile)
                    : courseModules.updateModule(module.id(), draft, pendingFile);
            pendingFile = null;
            onSaved.run();
            if (created && selected == ModuleKind.QUIZ) {
                // a quiz is only useful with questions: stay open to write them
                setHeaderTitle(getTranslation("catalog.moduleDialog.titleEdit"));
                kind.setReadOnly(true);
                adaptToKind();
            } else {
                close();
            }
        } catch (CatalogRuleException e) {
            showAtField(e);
        }
    }

    private void showAtField(CatalogRuleException e) {
        if ("file".equals(e.field())) {
            uploadError.setText(e.localizedMessage());
            return;
        }
        FieldErrors.show(e, Map.of("title", title, "body", body, "url", url, "passMark", passMark, "maxAttempts",
                maxAttempts, "kind", kind), message -> {
                    uploadError.setVisible(true);
                    uploadError.setText(message);
                });
    }

    /** A file's size in the page's language: "12 KB", "1.5 MB". */
    static String size(long bytes) {
        return bytes < 1024 * 1024 ? I18NProvider.translate("catalog.size.kilobytes", Math.max(1, bytes / 1024))
                : I18NProvider.translate("catalog.size.megabytes", bytes / (1024.0 * 1024.0));
    }

    /** The dialog's working copy of a module. */
    static final class Form {
        private String title = "";
        private boolean required = true;
        private String body = "";
        private String url = "";
        private Integer passMark = 80;
        private Integer maxAttempts = 3;

        static Form of(CourseModuleItem module) {
            var form = new Form();
            form.title = module.title();
            form.required = module.required();
            form.body = module.body() == null ? "" : module.body();
            form.url = module.url() == null ? "" : module.url();
            form.passMark = module.passMark();
            form.maxAttempts = module.maxAttempts();
            return form;
        }

        String getTitle() {
            return title;
        }

        void setTitle(String title) {
            this.title = title;
        }

        boolean isRequired() {
            return required;
        }

        void setRequired(boolean required) {
            this.required = required;
        }

        String getBody() {
            return body;
        }

        void setBody(String body) {
            this.body = body;
        }

        String getUrl() {
            return url;
        }

        void setUrl(String url) {
            this.url = url;
        }

        Integer getPassMark() {
            return passMark;
        }

        void setPassMark(Integer passMark) {
            this.passMark = passMark;
        }

        Integer getMaxAttempts() {
            return maxAttempts;
        }

        void setMaxAttempts(Integer maxAttempts) {
            this.maxAttempts = maxAttempts;
        }
    }
}
