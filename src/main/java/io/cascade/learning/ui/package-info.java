/** My learning, the course player, my team and stories (package-private views). */
@org.jspecify.annotations.NullMarked
package io.cascade.learning.ui;
