package io.cascade.trickledown;

/** A department's (or subtree's) state in one course, as far as rolling it up needs it. */
public interface Judged {

    TrickleDownStatus status();

    /** Managers and staff: a part without members is ignored by the roll-up. */
    int members();
}
