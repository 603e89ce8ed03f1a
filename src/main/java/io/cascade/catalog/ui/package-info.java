/** The trainers' course list and course editor (package-private views). */
@org.jspecify.annotations.NullMarked
package io.cascade.catalog.ui;
