/** The trainers' class sessions, roll call and rollout views (package-private). */
@org.jspecify.annotations.NullMarked
package io.cascade.scheduling.ui;
