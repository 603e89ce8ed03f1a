/** Small helpers about the HTTP requests Cascade answers. */
@org.jspecify.annotations.NullMarked
package io.cascade.base.web;
