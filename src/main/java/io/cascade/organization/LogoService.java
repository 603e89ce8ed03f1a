package io.cascade.organization;

import io.cascade.audit.AuditLog;
import io.cascade.organization.internal.LogoImages;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's logo (Settings): a PNG, JPEG or SVG image of at most 512 KB, its type told by its content, kept
 * in the database and shown in the app shell and on the sign-in page. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class LogoService {

    /** The largest logo accepted, in bytes. */
    public static final int MAX_BYTES = LogoImages.MAX_BYTES;
    /** Where the logo is served (to everyone: the sign-in page shows it). */
    public static final String PATH = LogoImages.PATH;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    LogoService(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The logo's bytes; anyone may read them, signed in or not. */
    @PreAuthorize("permitAll()")
    public Optional<LogoFile> file() {
        return jdbc.sql("select content_type, sha256, content from organisation_logo where id = 1")
                .query((rs, row) -> new LogoFile(rs.getString("content_type"), rs.getString("sha256"),
                        rs.getBytes("content")))
                .optional();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<LogoInfo> current() {
        return jdbc.sql("select file_name, content_type, size_bytes, sha256, uploaded_at, uploaded_by "
                + "from organisation_logo where id = 1")
                .query((rs, row) -> new LogoInfo(rs.getString("file_name"), rs.getString("content_type"),
                        rs.getInt("size_bytes"), rs.getObject("uploaded_at", LocalDateTime.class)
                                .toInstant(ZoneOffset.UTC), rs.getString("uploaded_by"),
                        LogoImages.url(rs.getString("sha256"))))
                .optional();
    }

    /** Replaces the logo, or throws {@link LogoRejectedException} with the reason and keeps the old one. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public LogoInfo upload(String fileName, byte[] content) {
        String contentType = LogoImages.contentType(content);
        String name = fileName == null || fileName.isBlank() ? "logo" : fileName.strip();
        name = name.length() > 255 ? name.substring(name.length() - 255) : name;
        Optional<LogoInfo> before = current();
        Instant now = clock.instant();
        String actor = actor();
        jdbc.sql("delete from organisation_logo where id = 1").update();
        jdbc.sql("insert into organisation_logo (id, content_type, file_name, size_bytes, sha256, content, "
                + "uploaded_at, uploaded_by) values (1, :type, :name, :size, :sha, :content, :at, :by)")
                .param("type", contentType).param("name", name).param("size", content.length)
                .param("sha", sha256(content)).param("content", content)
                .param("at", LocalDateTime.ofInstant(now, ZoneOffset.UTC)).param("by", actor).update();
        LogoInfo after = current().orElseThrow();
        audit.record("Settings", "logo", "LOGO", "Logo uploaded: " + name + " (" + describe(after) + ")",
                before.map(LogoService::state).orElse(null), state(after));
        return after;
    }

    /** Removes the logo: Cascade's own shows again. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void remove() {
        current().ifPresent(before -> {
            jdbc.sql("delete from organisation_logo where id = 1").update();
            audit.record("Settings", "logo", "LOGO_REMOVED", "Logo removed: " + before.fileName(), state(before),
                    null);
        });
    }

    private static Map<String, Object> state(LogoInfo logo) {
        var state = new LinkedHashMap<String, Object>();
        state.put("fileName", logo.fileName());
        state.put("contentType", logo.contentType());
        state.put("sizeBytes", logo.sizeBytes());
        state.put("url", logo.url());
        return state;
    }

    private static String describe(LogoInfo logo) {
        String kind = switch (logo.contentType()) {
            case "image/png" -> "PNG";
            case "image/jpeg" -> "JPEG";
            default -> "SVG";
        };
        return kind + ", " + Math.max(1, (logo.sizeBytes() + 512) / 1024) + " KB";
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
