package io.cascade.base.mail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The SMTP server of the tests of what Cascade mails: GreenMail on 127.0.0.1:{@value #PORT}, where a test class
 * annotated {@link SendsMailToTestServer} has the application send. The class registers it:
 * {@code @RegisterExtension static GreenMailExtension greenMail = TestMailServer.start();}
 */
public final class TestMailServer {

    public static final int PORT = 3095;

    private TestMailServer() {
    }

    /** The server, started before the class's first test and stopped after its last. */
    public static GreenMailExtension start() {
        return new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }
}
