package io.cascade.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.CascadeSpringTest;
import io.cascade.SignIn;
import io.cascade.audit.AuditTrail;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@CascadeSpringTest
@Transactional
@Import(LearnerFixtures.class)
@WithUserDetails("employee")
class StoryServiceTest {

    @Autowired
    LearnerFixtures fixtures;
    @Autowired
    SignIn signIn;

    @Autowired
    StoryService stories;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    @BeforeEach
    void theCourse() {
        fixtures.course();
    }

    private StoryItem emmasStory() {
        return stories.post(new NewStory(fixtures.courseId, StoryKind.FAILURE, "<b>The</b> lost booking",
                "A guest's booking vanished <script>alert(1)</script>", "Call back when you promised to."));
    }

    @Test
    void shouldTieMyStoryToMyDepartmentAndKeepTheTextExactlyAsTyped() {
        StoryItem story = emmasStory();

        String department = jdbc.sql("""
                select d.name from department d join person p on p.department_id = d.id
                join user_account a on a.person_id = p.id where a.username = 'employee'""")
                .query(String.class).single();
        assertThat(story.departmentName()).isEqualTo(department);
        assertThat(story.authorName()).isEqualTo("Emma Lindqvist");
        assertThat(story.courseTitle()).isEqualTo("Calm on the Phone");
        assertThat(story.title()).isEqualTo("<b>The</b> lost booking");
        assertThat(story.whatHappened()).isEqualTo("A guest's booking vanished <script>alert(1)</script>");
        assertThat(stories.stories()).contains(story);
        assertThat(story.featured()).isFalse();
    }

    @Test
    void shouldRefuseAStoryWithoutWhatWasLearned() {
        assertThatThrownBy(() -> stories.post(new NewStory(fixtures.courseId, StoryKind.SUCCESS, "A good day",
                "It went well.", " "))).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Tell what you learned");
    }

    @Test
    void shouldLetManagersButNotStaffFeatureAStoryForTheDashboard() {
        StoryItem story = emmasStory();
        assertThatThrownBy(() -> stories.feature(story.id(), true)).isInstanceOf(AccessDeniedException.class);
        assertThat(stories.canModerate()).isFalse();

        signIn.as("manager");
        assertThat(stories.canModerate()).isTrue();
        stories.feature(story.id(), true);

        assertThat(stories.featuredStories(3)).extracting(StoryItem::id).contains(story.id());
        assertThat(stories.stories().getFirst().featured()).as("featured stories come first").isTrue();
    }

    @Test
    void shouldHideAStoryFromLearnersAndTheDashboardButKeepItForModerators() {
        StoryItem story = emmasStory();
        signIn.as("trainer");
        stories.feature(story.id(), true);

        StoryItem hidden = stories.hide(story.id(), true);

        assertThat(hidden.hidden()).isTrue();
        assertThat(hidden.featured()).as("hiding takes it off the featured list").isFalse();
        assertThat(stories.featuredStories(10)).extracting(StoryItem::id).doesNotContain(story.id());
        assertThat(stories.stories()).extracting(StoryItem::id).contains(story.id());
        signIn.as("employee");
        assertThat(stories.stories()).extracting(StoryItem::id).doesNotContain(story.id());
    }

    @Test
    void featuringAStoryIsAuditedWithTheModeratorAndTheStory() {
        StoryItem story = emmasStory();
        signIn.as("manager");

        stories.feature(story.id(), true);
        stories.feature(story.id(), false);

        var featured = audit.last("Story", story.id(), "FEATURE");
        assertThat(featured.actor()).isEqualTo("manager");
        assertThat(featured.summary()).contains("lost booking", "Emma Lindqvist");
        assertThat(featured.before()).contains("\"featured\":false");
        assertThat(featured.after()).contains("\"featured\":true");
        assertThat(audit.last("Story", story.id(), "UNFEATURE").actor()).isEqualTo("manager");
    }

    @Test
    void hidingAndShowingAStoryIsAuditedWithTheModeratorAndTheStory() {
        StoryItem story = emmasStory();
        signIn.as("trainer");

        stories.hide(story.id(), true);
        stories.hide(story.id(), false);

        var hidden = audit.last("Story", story.id(), "HIDE");
        assertThat(hidden.actor()).isEqualTo("trainer");
        assertThat(hidden.summary()).contains("lost booking");
        assertThat(hidden.after()).contains("\"hidden\":true");
        assertThat(audit.last("Story", story.id(), "SHOW").after()).contains("\"hidden\":false");
    }
}
