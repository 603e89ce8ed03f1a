/**
 * Learning: what an employee does with a course (modules, quizzes, reflections, certificates) and the classes they
 * can join.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "audit", "base", "catalog", "organization", "scheduling", "security", "trickledown"})
@org.jspecify.annotations.NullMarked
package io.cascade.learning;
