package io.cascade.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import io.cascade.base.i18n.Language;
import io.cascade.base.ui.Formats;
import io.cascade.base.ui.MainLayout;
import io.cascade.base.ui.Notifications;
import io.cascade.base.ui.imports.LimitedUpload;
import io.cascade.organization.ConcurrentChangeException;
import io.cascade.organization.GateMode;
import io.cascade.organization.LogoInfo;
import io.cascade.organization.LogoRejectedException;
import io.cascade.organization.LogoService;
import io.cascade.organization.ReinforcementWindow;
import io.cascade.organization.Settings;
import io.cascade.organization.SettingsService;
import io.cascade.security.Roles;
import io.cascade.trickledown.TrickleDownPolicy;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * The organisation-wide choices: how strictly trickle-down is judged, whether the managers-first gate warns or
 * blocks, the reinforcement window, reminders, the email sender, the organisation's name and its logo. The logo is
 * kept as soon as it is uploaded (or removed), apart from the form's Save.
 */
@Route("admin/settings")
@Menu(order = 48, icon = "vaadin:cog", title = "organization.menu.settings")
@RolesAllowed(Roles.ADMIN)
class SettingsView extends VerticalLayout implements HasDynamicTitle {

    /** The form's state while it is edited. */
    static class Form {
        TrickleDownPolicy policy;
        GateMode gate;
        Integer windowDays;
        boolean reminders;
        String sender;
        String name;
        Language language;
    }

    final RadioButtonGroup<TrickleDownPolicy> policy =
            new RadioButtonGroup<>(getTranslation("organization.settings.policy.label"));
    final RadioButtonGroup<GateMode> gate = new RadioButtonGroup<>(getTranslation("organization.settings.gate.label"));
    final IntegerField windowDays = new IntegerField(getTranslation("organization.settings.window.label"));
    final Checkbox reminders = new Checkbox(getTranslation("organization.settings.reminders.label"));
    final EmailField sender = new EmailField(getTranslation("organization.settings.sender.label"));
    final TextField name = new TextField(getTranslation("organization.settings.name.label"));
    final Select<Language> language = new Select<>();
    final Button save = new Button(getTranslation("organization.settings.save"));
    final Image logo = new Image();
    final Span logoDetails = new Span();
    final Upload logoUpload;
    final Span logoError = new Span();
    final Button removeLogo = new Button(getTranslation("organization.settings.logo.remove"));

    private final SettingsService settingsService;
    private final LogoService logos;
    private final Binder<Form> binder = new Binder<>();
    private long version;

    SettingsView(SettingsService settingsService, LogoService logos) {
        this.settingsService = settingsService;
        this.logos = logos;
        addClassName("view");

        var intro = new Paragraph(getTranslation("organization.settings.intro"));
        intro.addClassName("view-intro");

        policy.setItems(TrickleDownPolicy.STRICT, TrickleDownPolicy.LENIENT);
        policy.setItemLabelGenerator(value -> getTranslation("organization.settings.policy." + value.name()));
        gate.setItems(GateMode.WARN, GateMode.BLOCK);
        gate.setItemLabelGenerator(value -> getTranslation("organization.settings.gate." + value.name()));
        windowDays.setStepButtonsVisible(true);
        windowDays.setHelperText(getTranslation("organization.settings.window.helper"));

        binder.forField(policy).asRequired(getTranslation("organization.settings.policy.required"))
                .bind(form -> form.policy, (form, value) -> form.policy = value);
        binder.forField(gate).asRequired(getTranslation("organization.settings.gate.required"))
                .bind(form -> form.gate, (form, value) -> form.gate = value);
        binder.forField(windowDays).asRequired(getTranslation("organization.settings.window.required"))
                .withValidator(new IntegerRangeValidator(getTranslation("organization.settings.window.range"), 1, 365))
                .bind(form -> form.windowDays, (form, value) -> form.windowDays = value);
        binder.forField(reminders).bind(form -> form.reminders, (form, value) -> form.reminders = value);
        binder.forField(sender).asRequired(getTranslation("organization.settings.sender.required"))
                .withValidator(new EmailValidator(getTranslation("organization.settings.sender.invalid")))
                .bind(form -> form.sender, (form, value) -> form.sender = value);
        binder.forField(name).asRequired(getTranslation("organization.settings.name.required"))
                .withValidator(new StringLengthValidator(getTranslation("organization.settings.name.tooLong"), 1, 120))
                .bind(form -> form.name, (form, value) -> form.name = value);

        language.setLabel(getTranslation("organization.settings.language.label"));
        language.setHelperText(getTranslation("organization.settings.language.helper"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        binder.forField(language).asRequired(getTranslation("organization.settings.language.required"))
                .bind(form -> form.language, (form, value) -> form.language = value);

        var form = new FormLayout(policy, gate, windowDays, sender, name, language, reminders);
        form.setColspan(policy, 2);
        form.setColspan(gate, 2);
        form.setColspan(reminders, 2);
        form.setMaxWidth("52rem");

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        logoUpload = new Upload(LimitedUpload.inMemory(LogoService.MAX_BYTES, this::uploaded, this::logoTooLarge));
        logoUpload.setAcceptedFileTypes("image/png", "image/jpeg", "image/svg+xml", ".png", ".jpg", ".jpeg", ".svg");
        logoUpload.setMaxFiles(1);
        logoUpload.setMaxFileSize(LogoService.MAX_BYTES);
        logoUpload.setDropLabel(new Span(getTranslation("organization.settings.logo.drop")));
        logoUpload.addFileRejectedListener(rejected -> showLogoError(
                getTranslation("organization.settings.logo.refused", rejected.getErrorMessage())));
        logo.addClassName("settings-logo-preview");
        logoDetails.addClassName("settings-logo-details");
        logoError.addClassName("settings-logo-error");
        logoError.setVisible(false);
        removeLogo.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        removeLogo.addClickListener(click -> {
            logos.remove();
            showLogo(Optional.empty());
            refreshShell();
            Notifications.success(getTranslation("organization.settings.logo.removed"));
        });
        var logoHeading = new H2(getTranslation("organization.settings.logo.heading"));
        logoHeading.addClassName("settings-section");
        var logoHelp = new Paragraph(getTranslation("organization.settings.logo.help"));
        logoHelp.addClassName("view-intro");
        var current = new HorizontalLayout(logo, new Div(logoDetails), removeLogo);
        current.setAlignItems(FlexComponent.Alignment.CENTER);
        current.addClassName("settings-logo");
        var logoSection = new Div(logoHeading, logoHelp, current, logoUpload, logoError);
        logoSection.addClassName("settings-logo-section");

        add(intro, form, save, logoSection);
        load(settingsService.current());
        showLogo(logos.current());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organization.settings.title");
    }

    private void uploaded(String fileName, byte[] bytes) {
        logoUpload.clearFileList();
        try {
            LogoInfo saved = logos.upload(fileName, bytes);
            logoError.setVisible(false);
            showLogo(Optional.of(saved));
            refreshShell();
            Notifications.success(getTranslation("organization.settings.logo.saved"));
        } catch (LogoRejectedException rejected) {
            showLogoError(rejected.localizedMessage());
        }
    }

    private void logoTooLarge(String message) {
        logoUpload.clearFileList();
        showLogoError(getTranslation("organization.settings.logo.refused", message));
    }

    private void showLogoError(String message) {
        logoError.setText(message);
        logoError.setVisible(true);
    }

    private void showLogo(Optional<LogoInfo> current) {
        logo.setSrc(current.map(LogoInfo::url).orElse("images/cascade-logo.svg"));
        logo.setAlt(getTranslation(current.isPresent() ? "organization.settings.logo.alt"
                : "organization.settings.logo.alt.cascade"));
        logoDetails.setText(current.map(info -> getTranslation("organization.settings.logo.details", info.fileName(),
                Math.max(1, (info.sizeBytes() + 512) / 1024), info.uploadedBy(), Formats.dateTime(info.uploadedAt())))
                .orElseGet(() -> getTranslation("organization.settings.logo.none")));
        removeLogo.setVisible(current.isPresent());
    }

    /** The shell shows the name and logo: bring it up to date. */
    private void refreshShell() {
        MainLayout shell = findAncestor(MainLayout.class);
        if (shell != null) {
            shell.refreshBrand();
        }
    }

    private void load(Settings settings) {
        var form = new Form();
        form.policy = settings.trickleDownPolicy();
        form.gate = settings.gateMode();
        form.windowDays = settings.reinforcementWindow().days();
        form.reminders = settings.refresherReminders();
        form.sender = settings.mailSender();
        form.name = settings.organisationName();
        form.language = settings.language();
        version = settings.version();
        binder.readBean(form);
    }

    private void save() {
        var form = new Form();
        try {
            binder.writeBean(form);
            Settings saved = settingsService.update(new Settings(form.policy, form.gate,
                    ReinforcementWindow.ofDays(form.windowDays), form.reminders, form.sender, form.name, form.language, version));
            load(saved);
            refreshShell();
            Notifications.success(getTranslation("organization.settings.saved"));
        } catch (ValidationException invalid) {
            // the messages are at the fields
        } catch (ConcurrentChangeException changed) {
            Notifications.error(changed.localizedMessage());
        }
    }
}
