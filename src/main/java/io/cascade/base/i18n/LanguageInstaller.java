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
 * list that Cascade speaks, else the organisation's default; the page's {@code lang} says it. While Vaadin answers a request, Spring's locale is the
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
            Language language = choose(browserLanguages(VaadinRequest.getCurrent()));
            started.getUI().getSession().setLocale(language.locale());
            started.getUI().setLocale(language.locale());
            // the page says which language it is in, for screen readers and the browser's hyphenation (WCAG 3.1.1)
            started.getUI().getPage().executeJs("document.documentElement.lang = $0", language.tag());
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
