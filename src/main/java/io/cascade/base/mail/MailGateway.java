package io.cascade.base.mail;

/**
 * Where mail goes: an SMTP server ({@code cascade.mail.transport=smtp}, configured with {@code spring.mail.*}) or,
 * by default, a folder of {@code .eml} files ({@code cascade.mail.transport=folder}, {@code cascade.mail.folder})
 * that a developer can open in any mail client.
 */
public interface MailGateway {

    void send(OutgoingMail mail);
}
