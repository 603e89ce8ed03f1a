package io.cascade.base.mail;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/** The application of this test sends its mail by SMTP to the {@link TestMailServer}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestPropertySource(properties = {"cascade.mail.transport=smtp", "spring.mail.host=127.0.0.1",
        "spring.mail.port=" + TestMailServer.PORT})
public @interface SendsMailToTestServer {
}
