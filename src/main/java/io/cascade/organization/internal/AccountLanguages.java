package io.cascade.organization.internal;

import io.cascade.base.i18n.Language;
import io.cascade.base.i18n.LanguagePreferences;
import io.cascade.base.i18n.RecipientLanguages;
import io.cascade.organization.SettingsReader;
import io.cascade.security.CurrentUser;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The languages people chose ({@code user_account.language}), and the organisation's default for everyone else.
 * Read on every page that opens and for every mail, so a choice applies at once.
 */
@Component
class AccountLanguages implements LanguagePreferences, RecipientLanguages {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final SettingsReader settings;

    AccountLanguages(JdbcClient jdbc, CurrentUser currentUser, SettingsReader settings) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.settings = settings;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Language> signedInUsersChoice() {
        return currentUser.get().flatMap(user -> jdbc.sql("select language from user_account where username = :name")
                .param("name", user.getUsername()).query(String.class).optional().flatMap(Language::of));
    }

    @Override
    public Language organisationDefault() {
        return settings.current().language();
    }

    @Override
    @Transactional
    public void choose(Language language) {
        var user = currentUser.get()
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No signed-in Cascade user"));
        jdbc.sql("update user_account set language = :language where username = :name")
                .param("language", language.tag()).param("name", user.getUsername()).update();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Language> of(Collection<Long> personIds) {
        Map<Long, Language> languages = new HashMap<>();
        Language fallback = organisationDefault();
        personIds.forEach(id -> languages.put(id, fallback));
        if (!personIds.isEmpty()) {
            jdbc.sql("select person_id, language from user_account where person_id in (:ids) and language is not null")
                    .param("ids", personIds)
                    .query((rs, row) -> Map.entry(rs.getLong("person_id"), rs.getString("language"))).list()
                    .forEach(chosen -> Language.of(chosen.getValue())
                            .ifPresent(language -> languages.put(chosen.getKey(), language)));
        }
        return languages;
    }
}
