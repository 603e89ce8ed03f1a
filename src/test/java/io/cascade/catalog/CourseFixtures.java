package io.cascade.catalog;

/**
 * Courses made through the catalog's services, as a trainer makes them: the caller is signed in with the TRAINER or
 * ADMIN role. One of the {@link io.cascade.SharedFixtures}.
 */
public class CourseFixtures {

    private final CourseService courses;
    private final CourseModuleService courseModules;

    public CourseFixtures(CourseService courses, CourseModuleService courseModules) {
        this.courses = courses;
        this.courseModules = courseModules;
    }

    /** A course for everybody with one required text module, published; its id. */
    public long publishedCourse(String code, String title) {
        long id = courses.createCourse(new NewCourse(code, title, null, Audience.ALL, null, null, null, null)).id();
        courseModules.addModule(id, new ModuleDraft("Intro", ModuleKind.TEXT, "Hello", null, true, null, null));
        courses.publish(id);
        return id;
    }
}
