package io.cascade.learning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A service story as its author writes it, in plain text. */
public record NewStory(
        @NotNull(message = "{learning.story.course.required}") Long courseId,
        @NotNull(message = "{learning.story.kind.required}") StoryKind kind,
        @NotBlank(message = "{learning.story.title.required}") @Size(max = 120, message = "{learning.story.title.tooLong}") String title,
        @NotBlank(message = "{learning.story.whatHappened.required}") @Size(max = 2000, message = "{learning.story.text.tooLong}") String whatHappened,
        @NotBlank(message = "{learning.story.whatLearned.required}") @Size(max = 2000, message = "{learning.story.text.tooLong}") String whatLearned) {
}
