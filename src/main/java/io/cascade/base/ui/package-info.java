/** The application shell (MainLayout), the error handler and page, notifications and formats of every view. */
@org.jspecify.annotations.NullMarked
package io.cascade.base.ui;
