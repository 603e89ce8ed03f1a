package io.cascade.base.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderMailGatewayTest {

    @TempDir
    Path outbox;

    @Test
    void shouldWriteEachMailAsAnEmlFileAMailClientCanOpen() throws Exception {
        var gateway = new FolderMailGateway(outbox.resolve("mail-outbox"), () -> "training@cascade.example",
                Clock.systemUTC());

        gateway.send(new OutgoingMail("ana@example.com", "Invitation: Service basics", "Hello Ana",
                List.of(new OutgoingMail.Attachment("invite.ics", "text/calendar; method=REQUEST",
                        "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes()))));

        List<Path> files;
        try (var listing = Files.list(outbox.resolve("mail-outbox"))) {
            files = listing.toList();
        }
        assertThat(files).singleElement().satisfies(file -> assertThat(file.toString()).endsWith(".eml"));
        try (InputStream in = Files.newInputStream(files.getFirst())) {
            var message = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(message.getSubject()).isEqualTo("Invitation: Service basics");
            assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly("ana@example.com");
            assertThat(message.getFrom()).extracting(Object::toString).containsExactly("training@cascade.example");
        }
    }
}
