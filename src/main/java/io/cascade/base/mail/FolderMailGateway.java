package io.cascade.base.mail;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.function.Supplier;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.springframework.mail.MailSendException;

/** Writes each mail as an {@code .eml} file: for development and demos, where no mail server is at hand. */
class FolderMailGateway implements MailGateway {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final Path folder;
    private final Supplier<String> from;
    private final Clock clock;

    FolderMailGateway(Path folder, Supplier<String> from, Clock clock) {
        this.folder = folder;
        this.from = from;
        this.clock = clock;
    }

    @Override
    public void send(OutgoingMail mail) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(STAMP.format(clock.instant()) + "-" + UUID.randomUUID().toString()
                    .substring(0, 8) + ".eml");
            try (OutputStream out = Files.newOutputStream(file)) {
                MimeMails.toMime(mail, from.get(), null).writeTo(out);
            }
        } catch (IOException | MessagingException e) {
            throw new MailSendException("Could not write mail to " + folder, e);
        }
    }
}
