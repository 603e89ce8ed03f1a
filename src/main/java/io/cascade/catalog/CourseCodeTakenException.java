package io.cascade.catalog;

/** Course codes are unique; thrown when a new course reuses one. */
public class CourseCodeTakenException extends RuntimeException {

    public CourseCodeTakenException(String code) {
        super("A course with code " + code + " already exists");
    }
}
