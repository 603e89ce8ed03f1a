package io.cascade.catalog;

/** Someone else saved the course after it was opened: the save is refused rather than silently overwriting. */
public class CourseChangedException extends RuntimeException {

    public CourseChangedException() {
        super("Someone else changed this course after you opened it. Your changes were not saved: reload the "
                + "course to see theirs, then edit again.");
    }
}
