package io.cascade.organization;

/** Whether the managers-first gate only warns (a trainer may let staff in early, with a reason) or blocks. */
public enum GateMode {
    /** A trainer may enrol staff before their managers by giving a reason, which is recorded. */
    WARN,
    /** Staff cannot be enrolled before their managers. */
    BLOCK
}
