package io.cascade.learning;

import io.cascade.catalog.Audience;
import io.cascade.organization.Level;

/** Which courses are meant for whom: leaders take the leadership track, staff the staff track, everyone ALL. */
final class Tracks {

    private Tracks() {
    }

    static boolean fits(Audience audience, Level level) {
        return audience.includes(level);
    }
}
