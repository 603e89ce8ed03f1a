package io.cascade.catalog;

import io.cascade.organization.Level;

/** Who a course is for: the leadership track, the staff track, or everyone. */
public enum Audience {
    LEADERSHIP,
    STAFF,
    ALL;

    /** Whether a person at this level is in the course's track: leaders take the leadership track, staff the staff one. */
    public boolean includes(Level level) {
        return this == ALL || (this == LEADERSHIP) == level.isManagerial();
    }
}
