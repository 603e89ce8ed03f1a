/**
 * Sign-in, roles and the current user. Depends on no other Cascade module; the organization module supplies the
 * {@link org.springframework.security.core.userdetails.UserDetailsService} that builds a {@link io.cascade.security.CascadeUser}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package io.cascade.security;
