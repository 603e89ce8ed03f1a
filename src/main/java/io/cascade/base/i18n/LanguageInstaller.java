package io.cascade.base.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Chooses the language of every page as it opens: the person's own choice, else the first language of the browser's
 * list that Cascade speaks, else the organisation's default. While Vaadin answers a request, Spring's locale is the
 * session's too, so validation messages come in the same language as the page.
 */
@Component
class LanguageInstaller implements VaadinServiceInitListener {

    private final ObjectProvider<LanguagePreferences> preferences;

    LanguageInstaller(ObjectProvider<LanguagePreferences> preferences) {
        this.preferences = preferences;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(started -> {
            Locale locale = choose(browserLanguages(VaadinRequest.getCurrent())).locale();
            started.getUI().getSession().setLocale(locale);
            started.getUI().setLocale(locale);
        });
        event.addVaadinRequestInterceptor(new VaadinRequestInterceptor() {
            @Override
            public void requestStart(VaadinRequest request, VaadinResponse response) {
                VaadinSession session = VaadinSession.getCurrent();
                if (session != null && session.getLocale() != null) {
                    LocaleContextHolder.setLocale(session.getLocale());
                }
            }

            @Override
            public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
                    Exception exception) {
            }

            @Override
            public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
                LocaleContextHolder.resetLocaleContext();
            }
        });
    }

    /** The language of a page that opens for the signed-in user (if any), whose browser asks for {@code browser}. */
    Language choose(List<Locale> browser) {
        LanguagePreferences known = preferences.getIfAvailable();
        Optional<Language> chosen = known == null ? Optional.empty() : known.signedInUsersChoice();
        return chosen.or(() -> Language.firstOf(browser))
                .orElseGet(() -> known == null ? Language.ENGLISH : known.organisationDefault());
    }

    private static List<Locale> browserLanguages(VaadinRequest request) {
        if (request == null || request.getHeader("Accept-Language") == null) {
            return List.of();
        }
        return Collections.list(request.getLocales());
    }
}
