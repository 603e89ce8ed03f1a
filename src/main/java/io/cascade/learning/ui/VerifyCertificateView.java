package io.cascade.learning.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.cascade.base.ui.Formats;
import io.cascade.learning.CertificateService;

/**
 * Public confirmation of a certificate by its code, for whoever holds the paper (an employer, an auditor): no
 * sign-in, no menu, and nothing shown beyond what the certificate itself says.
 */
@Route(value = "verify", autoLayout = false)
@AnonymousAllowed
class VerifyCertificateView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final CertificateService certificates;
    final Div result = new Div();

    VerifyCertificateView(CertificateService certificates) {
        this.certificates = certificates;
        addClassNames("view", "verify-view");
        setMaxWidth("40rem");
        add(new H1(getTranslation("learning.verify.heading")), result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("learning.verify.title");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String code) {
        result.removeAll();
        if (code == null || code.isBlank()) {
            result.add(new Paragraph(getTranslation("learning.verify.noCode")));
            return;
        }
        certificates.verify(code).ifPresentOrElse(certificate -> {
            var valid = new Span(getTranslation("learning.verify.valid"));
            valid.addClassNames("badge", "success");
            result.add(valid,
                    new Paragraph(getTranslation("learning.verify.completed", certificate.personName(),
                            certificate.courseTitle(), Formats.date(certificate.issuedAt()))),
                    new Paragraph(getTranslation("learning.verify.code", certificate.code())));
        }, () -> {
            var invalid = new Span(getTranslation("learning.verify.invalid"));
            invalid.addClassNames("badge", "error");
            result.add(invalid, new Paragraph(getTranslation("learning.verify.checkCode")));
        });
    }
}
