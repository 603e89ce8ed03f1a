package io.cascade.catalog;

import io.cascade.base.i18n.Text;

/** Someone else saved the course after it was opened: the save is refused rather than silently overwriting. */
public class CourseChangedException extends RuntimeException {

    private static final Text TEXT = Text.of("catalog.course.changedMeanwhile");

    public CourseChangedException() {
        super(TEXT.inEnglish());
    }

    /** The message in the language of the current page; the exception's own message is English, for the log. */
    public String localizedMessage() {
        return TEXT.inCurrentLanguage();
    }
}
