package io.cascade.base.mail;

import jakarta.mail.MessagingException;
import java.util.function.Supplier;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;

/** Sends through the SMTP server Spring Boot configures from {@code spring.mail.host}, {@code port}, and so on. */
class SmtpMailGateway implements MailGateway {

    private final JavaMailSender sender;
    private final Supplier<String> from;

    SmtpMailGateway(JavaMailSender sender, Supplier<String> from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(OutgoingMail mail) {
        try {
            sender.send(MimeMails.toMime(mail, from.get(), sender.createMimeMessage().getSession()));
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
    }
}
