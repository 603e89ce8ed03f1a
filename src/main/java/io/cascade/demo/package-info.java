/**
 * The Northwind demo organisation, loaded on start when {@code cascade.demo.enabled=true}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"insight"})
@org.jspecify.annotations.NullMarked
package io.cascade.demo;
