package io.cascade.learning;

import io.cascade.audit.AuditLog;
import io.cascade.base.i18n.Text;
import io.cascade.catalog.CourseService;
import io.cascade.catalog.CourseStatus;
import io.cascade.learning.internal.StoryStore;
import io.cascade.organization.CurrentPersonSummary;
import io.cascade.organization.OrganizationService;
import io.cascade.security.CurrentUser;
import io.cascade.security.Roles;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Service stories: anyone tells a short success or failure tied to a course and their department; managers and
 * trainers feature the good ones (for the dashboard and course pages) or hide what should not be there. Every
 * moderation is audited.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class StoryService {

    public static final int MAX_LIST = 200;
    private static final int MAX_FEATURED = 50;

    private final CurrentUser currentUser;
    private final OrganizationService organization;
    private final CourseService courses;
    private final StoryStore stories;
    private final Clock clock;
    private final AuditLog auditLog;

    StoryService(CurrentUser currentUser, OrganizationService organization, CourseService courses,
            StoryStore stories, Clock clock, AuditLog auditLog) {
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.organization = organization;
        this.courses = courses;
        this.stories = stories;
        this.clock = clock;
    }

    /** Posts my story under my department. Text is kept as plain text and always shown escaped. */
    @PreAuthorize("hasRole('EMPLOYEE')")
    @Transactional
    public StoryItem post(@Valid NewStory story) {
        CurrentPersonSummary me = organization.currentPerson(currentUser.require().getUsername())
                .orElseThrow(() -> new AccessDeniedException("This account is not linked to a person"));
        if (courses.listCourses(CourseStatus.PUBLISHED).stream().noneMatch(course -> course.id() == story.courseId())) {
            throw new LearningRuleException(Text.of("learning.story.rule.publishedCourse"));
        }
        long id = stories.insert(me.personId(), me.departmentId(), story.courseId(), story.kind(),
                plain(story.title()), plain(story.whatHappened()), plain(story.whatLearned()), clock.instant());
        return stories.find(id).orElseThrow();
    }

    /** The stories to read, featured first; moderators also see the hidden ones so they can bring them back. */
    @PreAuthorize("isAuthenticated()")
    public List<StoryItem> stories() {
        return stories.list(canModerate(), MAX_LIST);
    }

    /** Whether the signed-in user may feature and hide stories. */
    @PreAuthorize("isAuthenticated()")
    public boolean canModerate() {
        return currentUser.get().map(user -> user.getAuthorities().stream().anyMatch(authority -> List.of(
                "ROLE_" + Roles.MANAGER, "ROLE_" + Roles.TRAINER, "ROLE_" + Roles.ADMIN)
                .contains(authority.getAuthority()))).orElse(false);
    }

    /** Features a story (or takes it off the featured list); a hidden story is never featured. */
    @PreAuthorize("hasAnyRole('MANAGER', 'TRAINER', 'ADMIN')")
    @Transactional
    public StoryItem feature(long storyId, boolean featured) {
        StoryItem story = story(storyId);
        stories.moderate(storyId, featured && !story.hidden(), story.hidden());
        return audited(story, featured ? "FEATURE" : "UNFEATURE");
    }

    /** Hides a story from everyone but moderators (and unfeatures it), or shows it again. */
    @PreAuthorize("hasAnyRole('MANAGER', 'TRAINER', 'ADMIN')")
    @Transactional
    public StoryItem hide(long storyId, boolean hidden) {
        StoryItem story = story(storyId);
        stories.moderate(storyId, story.featured() && !hidden, hidden);
        return audited(story, hidden ? "HIDE" : "SHOW");
    }

    /** The latest featured stories, for the executive dashboard and course pages. */
    @PreAuthorize("isAuthenticated()")
    public List<StoryItem> featuredStories(int limit) {
        return stories.featured(Math.clamp(limit, 0, MAX_FEATURED));
    }

    /** The latest featured stories told about one course, for its course page. */
    @PreAuthorize("isAuthenticated()")
    public List<StoryItem> featuredStoriesOf(long courseId, int limit) {
        return stories.featuredOf(courseId, Math.clamp(limit, 0, MAX_FEATURED));
    }

    /** Records a moderation with the story's flags before and after; returns the story as it is now. */
    private StoryItem audited(StoryItem before, String action) {
        StoryItem after = story(before.id());
        String verb = switch (action) {
            case "FEATURE" -> "Featured";
            case "UNFEATURE" -> "Took off the featured list";
            case "HIDE" -> "Hid";
            default -> "Showed again";
        };
        auditLog.record("Story", before.id(), action, verb + " the story \"" + before.title() + "\" by "
                + before.authorName() + " (" + before.courseTitle() + ")", moderation(before), moderation(after));
        return after;
    }

    private static Map<String, Object> moderation(StoryItem story) {
        return Map.of("featured", story.featured(), "hidden", story.hidden());
    }

    private StoryItem story(long storyId) {
        return stories.find(storyId).orElseThrow(() -> new LearningRuleException(Text.of("learning.story.rule.gone")));
    }

    /** Plain text: trimmed, and control characters other than line breaks removed. */
    private static String plain(String text) {
        return text.strip().replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "");
    }
}
