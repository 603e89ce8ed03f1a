package io.cascade.scheduling;

import io.cascade.base.i18n.RecipientLanguages;
import io.cascade.base.i18n.Text;
import io.cascade.scheduling.internal.CalendarFiles;
import io.cascade.scheduling.internal.CalendarQueries;
import io.cascade.scheduling.internal.FeedTokens;
import io.cascade.security.CurrentUser;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calendar files: an invitation or cancellation per session, and each person's subscription feed of their sessions
 * behind a secret, revocable address. What Cascade writes in them is in the language of the page that asks, and a
 * feed in its owner's.
 */
@Service
@Transactional(readOnly = true)
public class CalendarService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarQueries queries;
    private final CalendarFiles files;
    private final CurrentUser currentUser;
    private final RecipientLanguages languages;
    private final Clock clock;

    CalendarService(CalendarQueries queries, CalendarFiles files, CurrentUser currentUser,
            RecipientLanguages languages, Clock clock) {
        this.queries = queries;
        this.files = files;
        this.currentUser = currentUser;
        this.languages = languages;
        this.clock = clock;
    }

    /** The session's .ics: METHOD:REQUEST with its attendees, or METHOD:CANCEL when it is cancelled. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public byte[] sessionInvitation(long sessionId) {
        var entry = queries.session(sessionId)
                .orElseThrow(() -> new SessionRejectedException(null, Text.of("scheduling.session.gone")));
        return files.invitation(entry, queries.attendees(sessionId), pageLocale());
    }

    /**
     * The .ics of one class the signed-in person holds a seat in (METHOD:PUBLISH, the same event as in their feed),
     * to add it to a calendar by hand. Anyone else's class is refused.
     */
    @PreAuthorize("isAuthenticated()")
    public byte[] myClassCalendar(long sessionId) {
        var entry = queries.seatedSession(currentUser.requirePersonId(), sessionId)
                .orElseThrow(() -> new AccessDeniedException("Only a class you have a seat in"));
        return files.feed(List.of(entry), pageLocale());
    }

    /**
     * The feed behind a subscription token, or empty for an unknown or revoked one, or one whose owner left or cannot
     * sign in (locked or disabled). Open to anyone: calendar apps fetch it without signing in, so the unguessable
     * token is the credential.
     */
    @PreAuthorize("permitAll()")
    public Optional<byte[]> feed(String token) {
        if (token == null || !token.matches("[0-9a-f]{40}")) {
            return Optional.empty();
        }
        return queries.feedOwner(FeedTokens.hash(token))
                .map(personId -> files.feed(queries.sessionsOf(personId), languages.of(personId).locale()));
    }

    /**
     * When the signed-in person's subscription address was made, if they have one. The address itself cannot be
     * shown again: Cascade keeps only its hash, so a copy of the database opens no one's calendar.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<Instant> myCalendarLinkCreatedAt() {
        return queries.feedCreatedAt(currentUser.requirePersonId());
    }

    /**
     * A new subscription address for the signed-in person; the previous one stops working. This is the only time the
     * address is known to Cascade in full.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public CalendarLink regenerateMyCalendarLink() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        String token = HexFormat.of().formatHex(secret);
        queries.saveFeedToken(currentUser.requirePersonId(), FeedTokens.hash(token), clock.instant());
        return new CalendarLink(token);
    }

    /** The language of the page asking: while Vaadin answers a request, Spring's locale is the page's. */
    private static Locale pageLocale() {
        return LocaleContextHolder.getLocale();
    }

    /** Stops the signed-in person's subscription address from working. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void revokeMyCalendarLink() {
        queries.deleteFeedToken(currentUser.requirePersonId());
    }
}
