package io.cascade.base.mail;

import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Picks the mail transport from {@code cascade.mail.transport}: {@code folder} (the default) or {@code smtp}. Mails
 * come from the {@link SenderAddress}.
 */
@Configuration
class MailConfig {

    @Bean
    @ConditionalOnProperty(name = "cascade.mail.transport", havingValue = "smtp")
    MailGateway smtpMailGateway(JavaMailSender sender, SenderAddress from) {
        return new SmtpMailGateway(sender, from);
    }

    @Bean
    @ConditionalOnProperty(name = "cascade.mail.transport", havingValue = "folder", matchIfMissing = true)
    MailGateway folderMailGateway(@Value("${cascade.mail.folder:./mail-outbox}") String folder,
            SenderAddress from, Clock clock) {
        return new FolderMailGateway(Path.of(folder), from, clock);
    }
}
