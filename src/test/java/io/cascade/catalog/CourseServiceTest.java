package io.cascade.catalog;

import io.cascade.CascadeSpringTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@CascadeSpringTest
@Transactional
class CourseServiceTest {

    @Autowired
    CourseService courses;

    static NewCourse course(String code, String title) {
        return new NewCourse(code, title, "A summary", Audience.STAFF, 12, "Why", "What", "Buy-in");
    }

    @Test
    @WithMockUser(roles = "TRAINER")
    void shouldLetATrainerDraftACourse() {
        CourseSummary created = courses.createCourse(course("TEST-1", "Greeting Guests"));

        assertThat(created.status()).isEqualTo(CourseStatus.DRAFT);
        assertThat(created.moduleCount()).isZero();
        assertThat(courses.listCourses(CourseStatus.DRAFT)).contains(created);
        CourseDetails details = courses.findCourse(created.id()).orElseThrow();
        assertThat(details.title()).isEqualTo("Greeting Guests");
        assertThat(details.refresherMonths()).isEqualTo(12);
        assertThat(details.modules()).isEmpty();
    }

    @Test
    @WithMockUser(roles = "EMPLOYEE")
    void shouldRefuseCourseCreationToEmployees() {
        assertThatThrownBy(() -> courses.createCourse(course("TEST-2", "Not allowed")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void shouldRejectACourseWithoutTitleOrWithATakenCode() {
        assertThatThrownBy(() -> courses.createCourse(course("TEST-3", " ")))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> courses.createCourse(new NewCourse("TEST-4", "No refresher", null,
                Audience.ALL, 0, null, null, null))).isInstanceOf(ConstraintViolationException.class);
        courses.createCourse(course("TEST-5", "First"));
        assertThatThrownBy(() -> courses.createCourse(course("test-5", "Second")))
                .isInstanceOf(CourseCodeTakenException.class);
    }

    @Test
    @WithMockUser(roles = "EMPLOYEE")
    void shouldShowEveryoneTheCoursesWithTheirModulesInOrder() {
        CourseSummary standard = courses.listCourses().stream()
                .filter(course -> course.code().equals("SVC-100")).findFirst().orElseThrow();

        assertThat(standard.moduleCount()).isEqualTo(4);
        CourseDetails details = courses.findCourse(standard.id()).orElseThrow();
        assertThat(details.modules()).extracting(CourseModuleItem::position).containsExactly(1, 2, 3, 4);
        assertThat(details.modules()).extracting(CourseModuleItem::kind)
                .containsExactly(ModuleKind.TEXT, ModuleKind.VIDEO, ModuleKind.QUIZ, ModuleKind.REFLECTION);
        assertThat(details.modules().getLast().body()).startsWith("What service do you expect");
    }

    @Test
    void shouldRefuseTheCatalogToAnonymousCallers() {
        assertThatThrownBy(() -> courses.listCourses()).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}
