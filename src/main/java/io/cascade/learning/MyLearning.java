package io.cascade.learning;

import io.cascade.scheduling.PersonSessionItem;
import java.util.List;

/**
 * What an employee sees first: the courses meant for them (overdue first), their classes, and their history of
 * certificates.
 */
public record MyLearning(String fullName, List<AssignedCourse> courses, List<PersonSessionItem> upcomingClasses,
        List<PersonSessionItem> pastClasses, List<CertificateInfo> certificates) {
}
