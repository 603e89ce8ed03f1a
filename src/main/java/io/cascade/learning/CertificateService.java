package io.cascade.learning;

import io.cascade.base.i18n.RecipientLanguages;
import io.cascade.base.i18n.Translations;
import io.cascade.learning.internal.CertificatePdf;
import io.cascade.learning.internal.ProgressStore;
import io.cascade.learning.internal.ProgressStore.CertificateRow;
import io.cascade.organization.SettingsReader;
import io.cascade.security.CurrentUser;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates of completion. A learner sees and downloads only their own; anyone, signed in or not, can confirm a
 * certificate by its code, which reveals what the paper says and nothing more. The PDF is written in the language of
 * the person it certifies (their own choice, else the organisation's).
 */
@Service
@Transactional(readOnly = true)
public class CertificateService {

    private final CurrentUser currentUser;
    private final ProgressStore store;
    private final SettingsReader settings;
    private final RecipientLanguages languages;
    private final Translations translations;

    CertificateService(CurrentUser currentUser, ProgressStore store, SettingsReader settings,
            RecipientLanguages languages, Translations translations) {
        this.currentUser = currentUser;
        this.store = store;
        this.settings = settings;
        this.languages = languages;
        this.translations = translations;
    }

    /** My certificates, newest first. */
    @PreAuthorize("hasRole('EMPLOYEE')")
    public List<CertificateInfo> myCertificates() {
        return store.certificatesOf(currentUser.requirePersonId()).stream().map(CertificateIssuer::info).toList();
    }

    /** One of my certificates as a PDF; someone else's code is refused as if it did not exist. */
    @PreAuthorize("hasRole('EMPLOYEE')")
    public byte[] myCertificatePdf(String code) {
        long me = currentUser.requirePersonId();
        CertificateRow row = store.certificate(CertificateIssuer.normalise(code))
                .filter(found -> found.personId() == me)
                .orElseThrow(() -> new AccessDeniedException("No certificate of yours has this code"));
        return CertificatePdf.render(row, settings.current().organisationName(), languages.of(me), translations);
    }

    /** Confirms a certificate by its verification code, for anyone who holds the paper. */
    @PreAuthorize("permitAll()")
    public Optional<CertificateInfo> verify(String code) {
        return store.certificate(CertificateIssuer.normalise(code)).map(CertificateIssuer::info);
    }
}
