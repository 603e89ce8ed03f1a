package io.cascade.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A course as first drafted by a trainer; modules are added afterwards. */
public record NewCourse(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{catalog.course.codeCharacters}")
        String code,
        @NotBlank @Size(max = 160) String title,
        @Size(max = 1000) String summary,
        @NotNull Audience audience,
        @Positive Integer refresherMonths,
        String contextText,
        String contentText,
        String buyInText) {
}
