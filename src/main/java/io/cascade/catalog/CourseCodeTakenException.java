package io.cascade.catalog;

import io.cascade.base.i18n.Text;

/** Course codes are unique; thrown when a new course reuses one. */
public class CourseCodeTakenException extends RuntimeException {

    private final Text text;

    public CourseCodeTakenException(String code) {
        this(Text.of("catalog.course.codeTaken", code));
    }

    private CourseCodeTakenException(Text text) {
        super(text.inEnglish());
        this.text = text;
    }

    /** The message in the language of the current page; the exception's own message is English, for the log. */
    public String localizedMessage() {
        return text.inCurrentLanguage();
    }
}
