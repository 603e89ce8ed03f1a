package io.cascade.base.mail;

import java.util.List;

/**
 * A plain-text mail to one person, with optional attachments (e.g. a calendar invitation). {@code from} and
 * {@code fromName} are optional: without them the mail comes from the configured {@code cascade.mail.from}.
 */
public record OutgoingMail(String to, String subject, String body, List<Attachment> attachments, String from,
        String fromName) {

    public OutgoingMail {
        attachments = List.copyOf(attachments);
    }

    public OutgoingMail(String to, String subject, String body, List<Attachment> attachments) {
        this(to, subject, body, attachments, null, null);
    }

    /** {@code contentType} may carry parameters, e.g. {@code text/calendar; method=REQUEST; charset=UTF-8}. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }
}
