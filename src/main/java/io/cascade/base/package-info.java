/**
 * Shared building blocks: the entity base class, value types and the application shell UI.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {"security"})
@org.jspecify.annotations.NullMarked
package io.cascade.base;
