package io.cascade.security;

import io.cascade.security.SignInEvent.Channel;
import io.cascade.security.SignInEvent.Reason;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * A username and password checked against Cascade's accounts, behind the {@link SignInThrottle}, with every outcome
 * published as a {@link SignInEvent}.
 *
 * <p>On the sign-in page a one-time password (a new login, or an admin's reset) signs its owner in with no role at
 * all, so every view and service but choosing a password refuses them until they have (ASVS V2.1.6 / V2.5.2). On the
 * API it is refused, as is a login without {@code mayUseApi}: both with the same error as a wrong password, so the
 * API never tells whether a password was right.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    /** The one failure the API answers with, whatever the reason. */
    static final String API_REFUSAL = "Sign-in refused";

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Channel channel;
    private final Predicate<UserDetails> mayUseApi;

    private ThrottledSignIn(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle,
            ApplicationEventPublisher events, Channel channel, Predicate<UserDetails> mayUseApi) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        if (channel == Channel.FORM) {
            // an expired (one-time) password still signs in on the page, to the change-password view only
            this.passwords.setPostAuthenticationChecks(user -> {
            });
        }
        this.throttle = throttle;
        this.events = events;
        this.channel = channel;
        this.mayUseApi = mayUseApi;
    }

    static ThrottledSignIn forSignInPage(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle,
            ApplicationEventPublisher events) {
        return new ThrottledSignIn(users, encoder, throttle, events, Channel.FORM, user -> true);
    }

    static ThrottledSignIn forApi(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle,
            ApplicationEventPublisher events, Predicate<UserDetails> mayUseApi) {
        return new ThrottledSignIn(users, encoder, throttle, events, Channel.API, mayUseApi);
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        // refused while paused, the password unread; the pause itself was recorded once when it began
        throttle.check(username, address);
        Authentication result;
        try {
            result = passwords.authenticate(attempt);
            if (channel == Channel.API && !mayUseApi.test((UserDetails) result.getPrincipal())) {
                throw new NoApiRoleException();
            }
        } catch (AuthenticationException refused) {
            events.publishEvent(new SignInEvent.Failed(username, address, channel, reason(refused)));
            for (SignInThrottle.Pause pause : throttle.failed(username, address)) {
                events.publishEvent(new SignInEvent.Paused(username, address,
                        pause.scope() == SignInThrottle.Scope.ACCOUNT, pause.failures(), pause.until()));
            }
            throw channel == Channel.API ? new BadCredentialsException(API_REFUSAL, refused) : refused;
        }
        throttle.succeeded(username);
        events.publishEvent(new SignInEvent.Succeeded(username, address, channel));
        if (result.getPrincipal() instanceof CascadeUser user && user.mustChangePassword()) {
            var withoutRoles = new CascadeUser(user.getUsername(), "", user.isEnabled(), user.isAccountNonLocked(),
                    List.of(), user.getPersonId(), user.getDisplayName(), true);
            var token = UsernamePasswordAuthenticationToken.authenticated(withoutRoles, null, List.of());
            token.setDetails(result.getDetails());
            return token;
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    private static Reason reason(AuthenticationException refused) {
        return switch (refused) {
            case LockedException locked -> Reason.LOCKED;
            case DisabledException disabled -> Reason.DISABLED;
            case CredentialsExpiredException expired -> Reason.ONE_TIME_PASSWORD_ON_API;
            case NoApiRoleException noRole -> Reason.NO_API_ROLE;
            default -> Reason.WRONG_PASSWORD;
        };
    }

    private static final class NoApiRoleException extends AuthenticationException {

        private static final long serialVersionUID = 1L;

        NoApiRoleException() {
            super("The login may not use the API");
        }
    }
}
