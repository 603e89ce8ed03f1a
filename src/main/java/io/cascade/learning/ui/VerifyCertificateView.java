package io.cascade.learning.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.cascade.base.ui.Formats;
import io.cascade.learning.CertificateService;

/**
 * Public confirmation of a certificate by its code, for whoever holds the paper (an employer, an auditor): no
 * sign-in, no menu, and nothing shown beyond what the certificate itself says.
 */
@Route(value = "verify", autoLayout = false)
@PageTitle("Verify a certificate")
@AnonymousAllowed
class VerifyCertificateView extends VerticalLayout implements HasUrlParameter<String> {

    private final CertificateService certificates;
    final Div result = new Div();

    VerifyCertificateView(CertificateService certificates) {
        this.certificates = certificates;
        addClassNames("view", "verify-view");
        setMaxWidth("40rem");
        add(new H1("Certificate verification"), result);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String code) {
        result.removeAll();
        if (code == null || code.isBlank()) {
            result.add(new Paragraph("Open the address printed on the certificate, ending in its code."));
            return;
        }
        certificates.verify(code).ifPresentOrElse(certificate -> {
            var valid = new Span("Valid certificate");
            valid.addClassNames("badge", "success");
            result.add(valid,
                    new Paragraph(certificate.personName() + " completed \"" + certificate.courseTitle() + "\" on "
                            + Formats.date(certificate.issuedAt()) + "."),
                    new Paragraph("Verification code " + certificate.code()));
        }, () -> {
            var invalid = new Span("No certificate has this code");
            invalid.addClassNames("badge", "error");
            result.add(invalid, new Paragraph("Check the code on the certificate and try again."));
        });
    }
}
