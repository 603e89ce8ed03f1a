package io.cascade.learning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A service story as its author writes it, in plain text. */
public record NewStory(
        @NotNull(message = "Choose the course the story belongs to") Long courseId,
        @NotNull(message = "Is it a success or a failure?") StoryKind kind,
        @NotBlank(message = "Give the story a title") @Size(max = 120, message = "Keep the title under 120 characters") String title,
        @NotBlank(message = "Tell what happened") @Size(max = 2000, message = "Keep it under 2,000 characters") String whatHappened,
        @NotBlank(message = "Tell what you learned") @Size(max = 2000, message = "Keep it under 2,000 characters") String whatLearned) {
}
