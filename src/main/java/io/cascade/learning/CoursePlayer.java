package io.cascade.learning;

import java.time.LocalDate;
import java.util.List;

/**
 * A course as its learner plays it: the modules with what they have done, where to resume, and whether the course
 * is complete.
 *
 * @param resumeModuleId the module opened last, or else the first one not done yet; null for a course without modules
 * @param needsClass     whether attending a class is part of completing the course (it has classes)
 * @param attendedClass  whether I attended one of them in this round
 * @param complete       complete in the current round: completed, and not due for a refresher yet
 * @param certificate    the certificate of my latest completion, or null
 * @param refresherDueOn when I am due again (latest completion plus the refresher interval), or null
 */
public record CoursePlayer(long courseId, String code, String title, String summary, List<PlayerModule> modules,
        Long resumeModuleId, boolean needsClass, boolean attendedClass, boolean complete, CertificateInfo certificate,
        LocalDate refresherDueOn) {

    public CoursePlayer {
        modules = List.copyOf(modules);
    }

    public long requiredDone() {
        return modules.stream().filter(m -> m.required() && m.done()).count();
    }

    public long requiredTotal() {
        return modules.stream().filter(PlayerModule::required).count();
    }
}
