package io.cascade.organization.internal;

import io.cascade.base.mail.SenderAddress;
import io.cascade.organization.SettingsReader;
import org.springframework.stereotype.Component;

/** The mailer's sender: the one an admin chose in Settings, or until then {@code cascade.mail.from}. */
@Component
class SettingsSenderAddress implements SenderAddress {

    private final SettingsReader settings;

    SettingsSenderAddress(SettingsReader settings) {
        this.settings = settings;
    }

    @Override
    public String get() {
        return settings.current().mailSender();
    }
}
