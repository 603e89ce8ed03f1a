package io.cascade.learning.internal;

import io.cascade.base.i18n.Language;
import io.cascade.base.i18n.Translations;
import io.cascade.learning.internal.ProgressStore.CertificateRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * A one-page landscape A4 certificate: who completed which course on what day, and the code to verify it, in the
 * language of the person it certifies.
 */
public final class CertificatePdf {

    private static final PDType1Font REGULAR = new PDType1Font(FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(FontName.HELVETICA_BOLD);

    private CertificatePdf() {
    }

    public static byte[] render(CertificateRow certificate, String organisation, Language language,
            Translations translations) {
        Locale locale = language.locale();
        try (PDDocument document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            PDRectangle landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PDPage page = new PDPage(landscape);
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(translations.get(locale, "learning.certificate.pdf.documentTitle", certificate.code()));
            info.setCreator(organisation);
            try (var content = new PDPageContentStream(document, page)) {
                float width = landscape.getWidth();
                float top = landscape.getHeight();
                content.setLineWidth(3);
                content.addRect(28, 28, width - 56, top - 56);
                content.stroke();
                centred(content, REGULAR, 16, organisation, width, top - 110);
                centred(content, BOLD, 34, translations.get(locale, "learning.certificate.pdf.heading"), width,
                        top - 170);
                centred(content, REGULAR, 16, translations.get(locale, "learning.certificate.pdf.certifies"), width,
                        top - 230);
                centred(content, BOLD, 28, certificate.personName(), width, top - 275);
                centred(content, REGULAR, 16, translations.get(locale, "learning.certificate.pdf.completed"), width,
                        top - 320);
                centred(content, BOLD, 22, certificate.courseTitle(), width, top - 360);
                LocalDate issuedOn = LocalDate.ofInstant(certificate.issuedAt(), ZoneOffset.UTC);
                centred(content, REGULAR, 16, translations.get(locale, "learning.certificate.pdf.issuedOn",
                        MessageDays.of(issuedOn)), width, top - 400);
                centred(content, REGULAR, 12, translations.get(locale, "learning.certificate.pdf.code",
                        certificate.code()), width, 80);
                centred(content, REGULAR, 10, translations.get(locale, "learning.certificate.pdf.confirmAt",
                        certificate.code()), width, 62);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the certificate", e);
        }
    }

    private static void centred(PDPageContentStream content, PDType1Font font, float size, String text, float width,
            float y) throws IOException {
        String printable = printable(font, text);
        float textWidth = font.getStringWidth(printable) / 1000 * size;
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(Math.max(40, (width - textWidth) / 2), y);
        content.showText(printable);
        content.endText();
    }

    /** The standard fonts cover Western European letters; anything else is shown as "?" rather than failing. */
    private static String printable(PDType1Font font, String text) {
        StringBuilder result = new StringBuilder();
        text.codePoints().forEach(codePoint -> {
            String character = Character.toString(codePoint);
            try {
                font.encode(character);
                result.append(character);
            } catch (IOException | IllegalArgumentException e) {
                result.append('?');
            }
        });
        return result.toString();
    }
}
