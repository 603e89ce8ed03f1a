package io.cascade.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.CascadeBrowserTest;
import io.cascade.audit.AuditEntry;
import io.cascade.audit.AuditLog;
import io.cascade.audit.AuditQuery;
import io.cascade.organization.AccountAdminService;
import io.cascade.organization.LoginFixtures;
import io.cascade.organization.LoginFixtures.Login;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Pageable;

/**
 * Sign-ins over HTTP Basic on the BI API, through the real servlet container. Each test calls from an address of
 * its own in 127.0.0.0/8 (all loopback on Linux), so the throttle's count per address of one test touches no other,
 * and pauses only logins made for it.
 */
@CascadeBrowserTest
class SignInOverHttpTest {

    private static final String REPORT = "/api/insight/leadership";

    @LocalServerPort
    int port;
    @Autowired
    AccountAdminService accounts;
    @Autowired
    AuditLog auditLog;
    @Autowired
    LoginFixtures logins;

    private HttpResponse<String> get(String from, String username, String password) throws Exception {
        var http = HttpClient.newBuilder().localAddress(InetAddress.getByName(from))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String token = Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + REPORT))
                .header("Authorization", "Basic " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<AuditEntry> audit(String actor, String action) {
        var found = new java.util.ArrayList<AuditEntry>();
        logins.asAdmin(() -> found.addAll(auditLog.search(new AuditQuery(actor, null, action, null, null), 0, 100)
                .stream().filter(entry -> entry.action().equals(action)).toList()));
        return found;
    }

    @Test
    void thirtyWrongPasswordsPauseTheLoginSoTheRightOneIsRefusedWith429UntilAnAdminUnlocksIt() throws Exception {
        Login executive = logins.withChosenPassword("exec", Set.of("EXECUTIVE", "EMPLOYEE"));
        var statuses = new java.util.ArrayList<Integer>();
        for (int i = 0; i < 30; i++) {
            statuses.add(get("127.0.0.21", executive.username(), "wrong password " + i).statusCode());
        }

        assertThat(statuses.subList(0, 10)).containsOnly(401);
        assertThat(statuses.subList(10, 30)).containsOnly(429);
        var right = get("127.0.0.22", executive.username(), executive.password());
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.body()).isEqualTo("Too many attempts; try again in 15 minutes.");
        assertThat(right.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isBetween(800L, 900L));
        assertThat(right.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(audit(executive.username(), "SIGN_IN_PAUSED")).singleElement().satisfies(entry ->
                assertThat(entry.summary()).startsWith("Sign-ins to " + executive.username() + " paused until ")
                        .endsWith("after 10 failed attempts (the last from 127.0.0.21)"));
        assertThat(audit(executive.username(), "SIGN_IN_FAILED")).hasSize(10);

        logins.asAdmin(() -> {
            accounts.lock(executive.accountId());
            accounts.unlock(executive.accountId());
        });
        assertThat(get("127.0.0.22", executive.username(), executive.password()).statusCode()).isEqualTo(200);
    }

    @Test
    void aLoginWithoutTheRoleGetsTheSameAnswerForTheRightPasswordAsForAWrongOne() throws Exception {
        Login employee = logins.withChosenPassword("staff", Set.of("EMPLOYEE"));

        var rightPassword = get("127.0.0.23", employee.username(), employee.password());
        var wrongPassword = get("127.0.0.23", employee.username(), "not the password");
        var noSuchLogin = get("127.0.0.23", "nobody.at.all", "not the password");

        for (var response : List.of(rightPassword, wrongPassword, noSuchLogin)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.body()).isEqualTo(rightPassword.body()).startsWith("Sign-in refused");
            assertThat(response.headers().firstValue("WWW-Authenticate"))
                    .isEqualTo(rightPassword.headers().firstValue("WWW-Authenticate"));
            assertThat(response.headers().firstValue("Content-Type"))
                    .isEqualTo(rightPassword.headers().firstValue("Content-Type"));
        }
        assertThat(audit(employee.username(), "SIGN_IN_FAILED")).extracting(AuditEntry::summary).containsExactly(
                "Sign-in refused for " + employee.username() + " to the API from 127.0.0.23: wrong username or "
                        + "password",
                "Sign-in refused for " + employee.username() + " to the API from 127.0.0.23: the login may not use "
                        + "the API");
    }

    @Test
    void aOneTimePasswordDoesNotOpenTheApiUntilItsOwnerChoseTheirOwn() throws Exception {
        Login executive = logins.withOneTimePassword("newexec", Set.of("EXECUTIVE"));

        var oneTime = get("127.0.0.24", executive.username(), executive.password());
        assertThat(oneTime.statusCode()).isEqualTo(401);
        assertThat(oneTime.body()).startsWith("Sign-in refused");

        logins.chooseOwnPassword(executive);
        assertThat(get("127.0.0.24", executive.username(), LoginFixtures.CHOSEN_PASSWORD).statusCode())
                .isEqualTo(200);
    }

    @Test
    void fiftyFailuresFromOneAddressPauseThatAddressButNoOther() throws Exception {
        for (int i = 0; i < 50; i++) {
            get("127.0.0.25", "guess" + i, "guess");
        }

        var fromThere = get("127.0.0.25", "executive", "executive");
        assertThat(fromThere.statusCode()).isEqualTo(429);
        assertThat(fromThere.body()).isEqualTo("Too many attempts; try again in 15 minutes.");
        assertThat(get("127.0.0.26", "executive", "executive").statusCode()).isEqualTo(200);
        assertThat(audit("system", "SIGN_IN_PAUSED")).anySatisfy(entry -> assertThat(entry.summary())
                .startsWith("Sign-ins from 127.0.0.25 paused until ").endsWith("after 50 failed attempts"));
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsAWrongPasswordNotAnError() throws Exception {
        Login executive = logins.withChosenPassword("longpw", Set.of("EXECUTIVE"));

        var response = get("127.0.0.27", executive.username(), executive.password() + "x".repeat(100));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void everySignInIsAuditedAndStampsTheLoginsLastSignInButAnUnknownNameIsNotWrittenDown() throws Exception {
        Login executive = logins.withChosenPassword("audited", Set.of("EXECUTIVE"));

        assertThat(get("127.0.0.28", executive.username(), executive.password()).statusCode()).isEqualTo(200);
        get("127.0.0.28", "MySecretPassw0rd", "typed in the wrong field");

        assertThat(audit(executive.username(), "SIGN_IN")).singleElement().satisfies(entry -> {
            assertThat(entry.entityType()).isEqualTo("Account");
            assertThat(entry.entityId()).isEqualTo(String.valueOf(executive.accountId()));
            assertThat(entry.summary()).isEqualTo(executive.username() + " signed in to the API from 127.0.0.28");
        });
        logins.asAdmin(() -> assertThat(accounts.findAccounts(executive.username(), Pageable.unpaged()))
                .singleElement().satisfies(account -> assertThat(account.lastLoginAt()).isNotNull()));
        assertThat(audit("(unknown username)", "SIGN_IN_FAILED")).anySatisfy(entry -> {
            assertThat(entry.summary()).isEqualTo("Sign-in refused for (unknown username) to the API from "
                    + "127.0.0.28: wrong username or password");
        }).noneSatisfy(entry -> assertThat(entry.summary() + entry.after()).contains("MySecretPassw0rd"));
    }
}
