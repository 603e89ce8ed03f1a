package io.cascade.learning;

import java.time.Instant;

/** A service story as it is listed; all text is plain and must be shown as text, never as HTML. */
public record StoryItem(long id, StoryKind kind, String title, String whatHappened, String whatLearned,
        String authorName, String departmentName, long courseId, String courseTitle, boolean featured,
        boolean hidden, Instant createdAt) {
}
