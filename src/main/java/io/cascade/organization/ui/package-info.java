/** The admins' views: departments, people, accounts, HR import, settings (package-private). */
@org.jspecify.annotations.NullMarked
package io.cascade.organization.ui;
