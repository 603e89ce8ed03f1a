package io.cascade.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** The editable part of a course: everything but its code, status and modules. */
public record CourseEdit(
        @NotBlank(message = "{catalog.course.titleRequired}") @Size(max = 160) String title,
        @Size(max = 1000) String summary,
        @NotNull Audience audience,
        @Positive(message = "{catalog.course.refresherMin}") Integer refresherMonths,
        String contextText,
        String contentText,
        String buyInText) {

    public static CourseEdit of(CourseDetails course) {
        return new CourseEdit(course.title(), course.summary(), course.audience(), course.refresherMonths(),
                course.contextText(), course.contentText(), course.buyInText());
    }
}
