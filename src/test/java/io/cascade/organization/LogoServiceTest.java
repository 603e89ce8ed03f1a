package io.cascade.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.CascadeSpringTest;
import io.cascade.audit.AuditEntry;
import io.cascade.audit.AuditLog;
import io.cascade.audit.AuditQuery;
import io.cascade.security.Branding;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@CascadeSpringTest
@Transactional
@WithMockUser(username = "logo-service-admin", roles = "ADMIN")
class LogoServiceTest {

    @Autowired
    LogoService logos;
    @Autowired
    Branding branding;
    @Autowired
    AuditLog auditLog;

    /** Audit entries of earlier runs (the database is shared) are older. */
    final Instant started = Instant.now().minusSeconds(1);

    @Test
    void shouldKeepAPngWhateverItsNameAndServeItAtAnAddressThatChangesWithIt() {
        byte[] png = LogoFiles.png(120, 40);

        LogoInfo saved = logos.upload("company-logo.bin", png);

        assertThat(saved).extracting(LogoInfo::fileName, LogoInfo::contentType, LogoInfo::sizeBytes,
                LogoInfo::uploadedBy).containsExactly("company-logo.bin", "image/png", png.length, "logo-service-admin");
        assertThat(logos.file()).hasValueSatisfying(file -> {
            assertThat(file.contentType()).isEqualTo("image/png");
            assertThat(file.content()).isEqualTo(png);
        });
        assertThat(branding.logoUrl()).contains(saved.url());
        assertThat(saved.url()).startsWith("organisation/logo?v=");

        LogoInfo jpeg = logos.upload("logo.png", LogoFiles.jpeg(64, 64));
        assertThat(jpeg.contentType()).as("told by content, not by name").isEqualTo("image/jpeg");
        assertThat(jpeg.url()).isNotEqualTo(saved.url());
        assertThat(logos.upload("logo.svg", LogoFiles.svg()).contentType()).isEqualTo("image/svg+xml");

        List<AuditEntry> entries = auditLog.search(new AuditQuery("logo-service-admin", "Settings", "logo", started, null), 0,
                10).reversed();
        assertThat(entries).extracting(AuditEntry::action).containsExactly("LOGO", "LOGO", "LOGO");
        assertThat(entries.getFirst().summary()).isEqualTo("Logo uploaded: company-logo.bin (PNG, "
                + Math.max(1, (png.length + 512) / 1024) + " KB)");
        assertThat(entries.getFirst().before()).isNull();
        assertThat(entries.get(1).before()).contains("company-logo.bin");
        assertThat(entries.get(1).after()).contains("image/jpeg");
    }

    static final String DOCTYPE_REFUSED = "The SVG image has a DOCTYPE declaration, which a logo does not need and "
            + "which could hide scripts. Delete the line starting with <!DOCTYPE (or export the logo without a DTD) "
            + "and upload it again.";

    static List<Arguments> notLogos() {
        byte[] damagedPng = Arrays.copyOf(LogoFiles.png(10, 10), 30);
        Arrays.fill(damagedPng, 8, 30, (byte) 0);
        return List.of(
                Arguments.of("empty", new byte[0], "The file is empty."),
                Arguments.of("too big", Arrays.copyOf(LogoFiles.png(10, 10), 600 * 1024),
                        "The logo is 600 KB; it may be at most 512 KB."),
                Arguments.of("gif", LogoFiles.text("GIF89a\u0001\u0000\u0001\u0000"),
                        "This file is not a PNG, JPEG or SVG image. Save the logo in one of these formats and upload "
                                + "it again."),
                Arguments.of("pdf", LogoFiles.text("%PDF-1.7\n1 0 obj <<>> endobj\n"),
                        "This file is not a PNG, JPEG or SVG image. Save the logo in one of these formats and upload "
                                + "it again."),
                Arguments.of("html", LogoFiles.text("<html><body><svg></svg></body></html>"),
                        "This file is not a PNG, JPEG or SVG image. Save the logo in one of these formats and upload "
                                + "it again."),
                Arguments.of("damaged png", damagedPng,
                        "The file starts like a PNG image but cannot be read: it may be damaged. Export the logo "
                                + "again."),
                Arguments.of("svg with a script", LogoFiles.text("<svg xmlns=\"http://www.w3.org/2000/svg\">"
                                + "<script>alert(1)</script><circle r=\"4\"/></svg>"),
                        "The SVG image contains scripts, event handlers or embedded pages. Save the logo without them "
                                + "(a plain drawing) and upload it again."),
                Arguments.of("svg with a handler", LogoFiles.text("<?xml version=\"1.0\"?><svg "
                                + "xmlns=\"http://www.w3.org/2000/svg\"><g><rect ONLOAD=\"alert(1)\"/></g></svg>"),
                        "The SVG image contains scripts, event handlers or embedded pages. Save the logo without them "
                                + "(a plain drawing) and upload it again."),
                Arguments.of("svg with a javascript link", LogoFiles.text("<svg xmlns=\"http://www.w3.org/2000/svg\" "
                                + "xmlns:xlink=\"http://www.w3.org/1999/xlink\"><a xlink:href=\"java\tscript:x\">"
                                + "<text>x</text></a></svg>"),
                        "The SVG image contains scripts, event handlers or embedded pages. Save the logo without them "
                                + "(a plain drawing) and upload it again."),
                Arguments.of("svg with an external entity", LogoFiles.text("<?xml version=\"1.0\"?><!DOCTYPE svg ["
                                + "<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\">"
                                + "<text>&x;</text></svg>"),
                        DOCTYPE_REFUSED),
                // the entity is a reference the check would not look into, but a browser expands it into markup
                Arguments.of("svg hiding a script in an internal entity", LogoFiles.text("<?xml version=\"1.0\"?>"
                                + "<!DOCTYPE svg [<!ENTITY x \"<script>alert(1)</script>\">]>"
                                + "<svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>"),
                        DOCTYPE_REFUSED),
                Arguments.of("svg with a harmless public DOCTYPE", LogoFiles.text("<?xml version=\"1.0\"?>"
                                + "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                                + "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">"
                                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"4\"/></svg>"),
                        DOCTYPE_REFUSED),
                Arguments.of("broken svg", LogoFiles.text("<svg xmlns=\"http://www.w3.org/2000/svg\"><g></svg>"),
                        "The file looks like an SVG image but is not well-formed XML. Export the logo again."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notLogos")
    void shouldRefuseWhatIsNotALogoWithAReasonAndKeepTheOldOne(String kind, byte[] content, String reason) {
        LogoInfo before = logos.upload("good.png", LogoFiles.png(40, 40));

        assertThatThrownBy(() -> logos.upload(kind, content)).isInstanceOf(LogoRejectedException.class)
                .hasMessage(reason);
        assertThat(logos.current()).contains(before);
    }

    @Test
    void shouldRefuseAnImageOfMorePixelsThanALogoNeeds() {
        byte[] png = LogoFiles.png(8, 8);
        // the header's width and height (bytes 16..23): a few bytes may claim billions of pixels
        png[16] = 0;
        png[17] = 0;
        png[18] = (byte) 0x4E;
        png[19] = (byte) 0x20;
        png[20] = 0;
        png[21] = 0;
        png[22] = (byte) 0x4E;
        png[23] = (byte) 0x20;

        assertThatThrownBy(() -> logos.upload("huge.png", png)).isInstanceOf(LogoRejectedException.class)
                .hasMessage("The image is 20000 × 20000 pixels; a logo may be at most 4096 × 4096.");
    }

    @Test
    void shouldRemoveTheLogoSoCascadesOwnShowsAgain() {
        logos.upload("gone.png", LogoFiles.png(20, 20));

        logos.remove();

        assertThat(logos.current()).isEmpty();
        assertThat(logos.file()).isEmpty();
        assertThat(branding.logoUrl()).isEmpty();
        assertThat(auditLog.search(new AuditQuery("logo-service-admin", "Settings", "LOGO_REMOVED", started, null), 0, 5))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.summary()).isEqualTo("Logo removed: gone.png");
                    assertThat(entry.after()).isNull();
                });
    }

    @Test
    @WithMockUser(username = "not-an-admin", roles = "TRAINER")
    void shouldLetOnlyAnAdminChangeTheLogo() {
        assertThatThrownBy(() -> logos.upload("x.png", LogoFiles.png(10, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> logos.remove()).isInstanceOf(AuthorizationDeniedException.class);
    }
}
