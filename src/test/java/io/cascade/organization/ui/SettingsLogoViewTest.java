package io.cascade.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import io.cascade.CascadeSpringTest;
import io.cascade.organization.LogoFiles;
import io.cascade.organization.LogoService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.util.AopTestUtils;

/** The logo part of Settings: upload, a clear message for a file that is not a logo, remove; the shell follows. */
@CascadeSpringTest
@WithUserDetails("admin")
class SettingsLogoViewTest extends SpringBrowserlessTest {

    @Autowired
    LogoService logos;

    @AfterEach
    void removeLogo() {
        logos.remove();
    }

    @Test
    void shouldShowAnUploadedLogoInTheShellAndRemoveItAgain() {
        logos.remove();
        SettingsView view = AopTestUtils.getUltimateTargetObject(navigate(SettingsView.class));
        assertThat(view.removeLogo.isVisible()).isFalse();
        assertThat(shellLogo()).isEqualTo("images/cascade-logo.svg");

        test(view.logoUpload).upload("northwind.png", "image/png", LogoFiles.png(160, 48));

        String url = logos.current().orElseThrow().url();
        assertThat(view.logo.getSrc()).isEqualTo(url);
        assertThat(shellLogo()).as("the shell follows at once").isEqualTo(url);
        assertThat(view.logoDetails.getText()).startsWith("northwind.png · 1 KB · uploaded by admin on ");
        assertThat(view.logoError.isVisible()).isFalse();

        test(view.removeLogo).click();

        assertThat(logos.current()).isEmpty();
        assertThat(shellLogo()).isEqualTo("images/cascade-logo.svg");
        assertThat(view.logoDetails.getText()).isEqualTo("No logo yet: Cascade's own is shown.");
    }

    @Test
    void shouldSayNextToTheUploadWhyAFileIsNotALogoAndKeepTheOldOne() {
        logos.remove();
        SettingsView view = AopTestUtils.getUltimateTargetObject(navigate(SettingsView.class));

        test(view.logoUpload).upload("logo.png", "image/png", LogoFiles.text("%PDF-1.7 not an image"));

        assertThat(view.logoError.isVisible()).isTrue();
        assertThat(view.logoError.getText()).isEqualTo("This file is not a PNG, JPEG or SVG image. Save the logo in "
                + "one of these formats and upload it again.");
        assertThat(logos.current()).isEmpty();
    }

    @Test
    void shouldRenameTheShellInPlaceWhenAnAdminSavesANewName() {
        SettingsView view = AopTestUtils.getUltimateTargetObject(navigate(SettingsView.class));
        Span shellName = find(Span.class).withClassName("app-brand-name").single();
        Image shellLogo = find(Image.class).withClassName("app-brand-logo").single();
        Span product = find(Span.class).withClassName("app-brand-product").single();
        String before = view.name.getValue();
        try {
            test(view.name).setValue("Northwind Hotels & Resorts");
            test(view.save).click();

            Span after = find(Span.class).withClassName("app-brand-name").single();
            assertThat(after).as("the same element, updated in place").isSameAs(shellName);
            assertThat(after.getText()).isEqualTo("Northwind Hotels & Resorts");
            assertThat(find(Image.class).withClassName("app-brand-logo").single()).isSameAs(shellLogo);
            assertThat(product.isVisible()).as("Cascade's own name stays beside the organisation's").isTrue();

            test(view.name).setValue("Cascade");
            test(view.save).click();

            assertThat(shellName.getText()).isEqualTo("Cascade");
            assertThat(product.isVisible()).as("not \"Cascade Cascade\"").isFalse();
        } finally {
            test(view.name).setValue(before);
            test(view.save).click();
        }
    }

    private String shellLogo() {
        return find(Image.class).withClassName("app-brand-logo").single().getSrc();
    }
}
