package io.cascade.catalog;

import java.util.List;

/**
 * A course with its context, content and buy-in texts and its modules in order. {@code version} is the saved state an
 * editor opened; {@link CourseService#updateCourse(long, long, CourseEdit)} refuses a save over a newer one.
 */
public record CourseDetails(long id, long version, String code, String title, String summary, Audience audience,
        CourseStatus status, Integer refresherMonths, String contextText, String contentText, String buyInText,
        List<CourseModuleItem> modules) {

    public CourseDetails {
        modules = List.copyOf(modules);
    }
}
