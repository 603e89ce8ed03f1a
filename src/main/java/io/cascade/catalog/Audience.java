package io.cascade.catalog;

/** Who a course is for: the leadership track, the staff track, or everyone. */
public enum Audience {
    LEADERSHIP,
    STAFF,
    ALL
}
