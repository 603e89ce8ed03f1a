package io.cascade.base.mail;

import jakarta.activation.DataSource;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Turns an {@link OutgoingMail} into a MIME message, the same way for every transport. */
final class MimeMails {

    private MimeMails() {
    }

    static MimeMessage toMime(OutgoingMail mail, String from, Session session) throws MessagingException {
        var message = new MimeMessage(session == null ? Session.getInstance(new Properties()) : session);
        var helper = new MimeMessageHelper(message, !mail.attachments().isEmpty(), StandardCharsets.UTF_8.name());
        if (mail.from() != null && !mail.from().isBlank()) {
            try {
                helper.setFrom(mail.from(), mail.fromName());
            } catch (UnsupportedEncodingException e) {
                throw new MessagingException("Cannot encode the sender's name", e);
            }
        } else {
            helper.setFrom(from);
        }
        helper.setTo(mail.to());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        for (OutgoingMail.Attachment attachment : mail.attachments()) {
            DataSource source = new ByteArrayDataSource(attachment.content(), attachment.contentType());
            helper.addAttachment(attachment.fileName(), source);
        }
        message.saveChanges();
        return message;
    }
}
