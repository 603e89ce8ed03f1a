package io.cascade.base.mail;

import java.util.List;

/** A plain-text mail to one person, with optional attachments (e.g. a calendar invitation). */
public record OutgoingMail(String to, String subject, String body, List<Attachment> attachments) {

    public OutgoingMail {
        attachments = List.copyOf(attachments);
    }

    /** {@code contentType} may carry parameters, e.g. {@code text/calendar; method=REQUEST; charset=UTF-8}. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }
}
