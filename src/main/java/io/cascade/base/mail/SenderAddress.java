package io.cascade.base.mail;

import java.util.function.Supplier;

/**
 * The address Cascade's mails come from: the sender an admin chose in Settings or, until one is chosen,
 * {@code cascade.mail.from}. The organization module supplies it (base knows nothing of the settings). Read for every
 * mail, so a change in Settings applies to the next mail.
 */
public interface SenderAddress extends Supplier<String> {
}
