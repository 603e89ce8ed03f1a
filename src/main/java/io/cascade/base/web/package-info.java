/** Small helpers about the HTTP requests Cascade answers. */
package io.cascade.base.web;
