package io.cascade.learning;

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
 * certificate by its code, which reveals what the paper says and nothing more.
 */
@Service
@Transactional(readOnly = true)
public class CertificateService {

    private final CurrentUser currentUser;
    private final ProgressStore store;
    private final SettingsReader settings;

    CertificateService(CurrentUser currentUser, ProgressStore store, SettingsReader settings) {
        this.currentUser = currentUser;
        this.store = store;
        this.settings = settings;
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
        return CertificatePdf.render(row, settings.current().organisationName());
    }

    /** Confirms a certificate by its verification code, for anyone who holds the paper. */
    @PreAuthorize("permitAll()")
    public Optional<CertificateInfo> verify(String code) {
        return store.certificate(CertificateIssuer.normalise(code)).map(CertificateIssuer::info);
    }
}
