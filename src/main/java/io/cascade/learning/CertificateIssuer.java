package io.cascade.learning;

import io.cascade.learning.internal.ProgressStore;
import io.cascade.learning.internal.ProgressStore.CertificateRow;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Issues certificates with a verification code that cannot be guessed: twelve characters from an alphabet without
 * look-alikes (no 0/O, 1/I/L), about 58 bits of chance, grouped in fours to read out on the phone.
 */
@Component
class CertificateIssuer {

    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

    private final ProgressStore store;
    private final SecureRandom random = new SecureRandom();

    CertificateIssuer(ProgressStore store) {
        this.store = store;
    }

    /** Issues a certificate dated {@code at}, to the microsecond the database keeps. */
    CertificateInfo issue(long personId, String personName, long courseId, String courseTitle, Instant at) {
        Instant issuedAt = at.truncatedTo(ChronoUnit.MICROS);
        String code = newCode();
        while (store.certificate(code).isPresent()) {
            code = newCode();
        }
        CertificateRow row = new CertificateRow(code, personId, courseId, personName, courseTitle, issuedAt);
        store.saveCertificate(row);
        return info(row);
    }

    Optional<CertificateInfo> latest(long personId, long courseId) {
        return store.certificatesOf(personId).stream().filter(row -> row.courseId() == courseId)
                .max(Comparator.comparing(CertificateRow::issuedAt)).map(CertificateIssuer::info);
    }

    static CertificateInfo info(CertificateRow row) {
        return new CertificateInfo(row.code(), row.courseId(), row.personName(), row.courseTitle(), row.issuedAt());
    }

    /** Codes are shown as XXXX-XXXX-XXXX; lookups accept any case and missing dashes. */
    static String normalise(String code) {
        String bare = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT).replace("-", "");
        if (bare.length() != 12) {
            return bare;
        }
        return bare.substring(0, 4) + "-" + bare.substring(4, 8) + "-" + bare.substring(8);
    }

    private String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }
}
