/**
 * The Northwind demo organisation, loaded on start when {@code cascade.demo.enabled=true}.
 */
package io.cascade.demo;
