/** Sending Cascade's mails: the SMTP gateway (or a folder, for the quick start) and the sender address. */
@org.jspecify.annotations.NullMarked
package io.cascade.base.mail;
