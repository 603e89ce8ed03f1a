package io.cascade.catalog;

import io.cascade.base.i18n.Text;
import io.cascade.catalog.internal.Course;
import io.cascade.catalog.internal.CourseModule;
import io.cascade.catalog.internal.CourseModuleRepository;
import io.cascade.catalog.internal.CourseRepository;
import io.cascade.organization.OrganizationService;
import io.cascade.security.CascadeUser;
import io.cascade.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Finds the courses and modules the catalog's services work on, and decides who may read or change them: trainers
 * and admins author the catalog and read all of it; anyone else reads a published course, and a person only one of
 * their own track. An archived course is not changed. Called inside the services' transactions, behind their
 * security.
 */
@Component
class CourseAccess {

    private final CourseRepository courses;
    private final CourseModuleRepository modules;
    private final CurrentUser currentUser;
    private final OrganizationService organization;

    CourseAccess(CourseRepository courses, CourseModuleRepository modules, CurrentUser currentUser,
            OrganizationService organization) {
        this.courses = courses;
        this.modules = modules;
        this.currentUser = currentUser;
        this.organization = organization;
    }

    Course course(long courseId) {
        return courses.findById(courseId)
                .orElseThrow(() -> new CatalogRuleException(null, Text.of("catalog.course.gone")));
    }

    Course editableCourse(long courseId) {
        return requireEditable(course(courseId));
    }

    static Course requireEditable(Course course) {
        if (course.getStatus() == CourseStatus.ARCHIVED) {
            throw new CatalogRuleException(null, Text.of("catalog.course.archived"));
        }
        return course;
    }

    CourseModule module(long moduleId) {
        return modules.findById(moduleId)
                .orElseThrow(() -> new CatalogRuleException(null, Text.of("catalog.module.gone")));
    }

    /** Trainers and admins author the catalog and read all of it. */
    static boolean isAuthor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(role -> role.equals("ROLE_TRAINER") || role.equals("ROLE_ADMIN"));
    }

    /**
     * Whether the caller may read a course's content: authors always; anyone else a published course, and a person
     * only one of their own track.
     */
    boolean mayRead(Course course) {
        if (isAuthor()) {
            return true;
        }
        if (course.getStatus() != CourseStatus.PUBLISHED) {
            return false;
        }
        return currentUser.get().map(CascadeUser::getUsername).flatMap(organization::currentPerson)
                .map(me -> course.getAudience().includes(me.level()))
                .orElse(true);
    }

    /** The module, when the caller may read its course; otherwise refused as if it were somebody else's file. */
    CourseModule readableModule(long moduleId) {
        CourseModule module = modules.findById(moduleId)
                .orElseThrow(() -> new AccessDeniedException("This module is not available to you"));
        if (!courses.findById(module.getCourseId()).map(this::mayRead).orElse(false)) {
            throw new AccessDeniedException("This module is not available to you");
        }
        return module;
    }
}
