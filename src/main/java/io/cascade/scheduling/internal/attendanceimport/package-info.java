/** The attendance-history import's plan and writer. */
@org.jspecify.annotations.NullMarked
package io.cascade.scheduling.internal.attendanceimport;
