/**
 * Shared building blocks: the entity base class, value types and the application shell UI.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {"security"})
package io.cascade.base;
