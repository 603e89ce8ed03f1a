package io.cascade.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import io.cascade.CascadeSpringTest;
import io.cascade.base.MutableClock;
import io.cascade.base.i18n.Language;
import io.cascade.base.i18n.RenderedTexts;
import io.cascade.security.TooManySignInAttemptsException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.web.WebAttributes;

/**
 * The sign-in page in each language besides English. Nobody is signed in yet: the page takes the language the
 * browser asked for, which the page's locale stands for here.
 */
@CascadeSpringTest
@Import(MutableClock.class)
@WithAnonymousUser
class LoginPageInEveryLanguageTest extends SpringBrowserlessTest {

    @Autowired
    MutableClock clock;

    @AfterEach
    void letTimeRunAgain() {
        clock.unpin();
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
    void theFormAndThePauseAfterTooManyAttemptsRead(Language language) {
        Instant now = Instant.parse("2026-03-04T10:15:30Z");
        clock.pinAt(now);
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new TooManySignInAttemptsException(now.plus(Duration.ofMinutes(7)), now));
        UI.getCurrent().setLocale(language.locale());
        // away first: the sign-in page shown at the start was built before the locale was set, and the router keeps
        // the view it shows when the same view is asked for again
        UI.getCurrent().navigate("no-such-page");
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        var view = (LoginView) getCurrentView();

        assertThat(view.getPageTitle()).isEqualTo(in(language, "Anmelden · Cascade", "Connexion · Cascade",
                "Iniciar sesión · Cascade"));
        assertThat(view.i18n.getForm().getSubmit()).isEqualTo(in(language, "Anmelden", "Se connecter",
                "Iniciar sesión"));
        assertThat(view.i18n.getErrorMessage().getTitle()).isEqualTo(in(language, "Anmeldungen pausiert",
                "Connexions suspendues", "Inicios de sesión en pausa"));
        assertThat(view.i18n.getErrorMessage().getMessage()).isEqualTo(in(language,
                "Zu viele Versuche; versuchen Sie es in 7 Minuten erneut.",
                "Trop de tentatives\u202f; réessayez dans 7 minutes.",
                "Demasiados intentos; vuelva a intentarlo dentro de 7 minutos."));
        assertThat(RenderedTexts.ofCurrentPage()).contains(in(language,
                "Führungskräfte vor ihren Teams geschult, Abteilung für Abteilung",
                "Les managers formés avant leurs équipes, service par service",
                "Responsables formados antes que sus equipos, departamento a departamento"));
        assertThat(RenderedTexts.missingKeysOf("security")).isEmpty();
    }

    private static String in(Language language, String german, String french, String spanish) {
        return switch (language) {
            case GERMAN -> german;
            case FRENCH -> french;
            case SPANISH -> spanish;
            case ENGLISH -> throw new IllegalArgumentException("the English texts are LoginViewTest's");
        };
    }
}
