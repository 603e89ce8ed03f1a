package io.cascade.scheduling;

import io.cascade.base.i18n.Text;
import io.cascade.organization.SettingsReader;
import io.cascade.scheduling.internal.RolloutQueries;
import io.cascade.scheduling.internal.RolloutQueries.Member;
import io.cascade.scheduling.internal.SessionQueries;
import io.cascade.trickledown.Trainee;
import io.cascade.trickledown.TrickleDownPolicy;
import io.cascade.trickledown.TrickleDownResult;
import io.cascade.trickledown.TrickleDownRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managers-first rollout of a course, for the trainer who runs it: which departments still need their managers
 * trained, which are ready for staff, and where the gate was overridden. Reads a fixed number of statements.
 */
@Service
@Transactional(readOnly = true)
public class RolloutService {

    private final RolloutQueries queries;
    private final SessionQueries sessions;
    private final SettingsReader settings;

    RolloutService(RolloutQueries queries, SessionQueries sessions, SettingsReader settings) {
        this.queries = queries;
        this.sessions = sessions;
        this.settings = settings;
    }

    /** Every department with active members, in tree order, judged by the trickle-down policy in force. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public RolloutReport rollout(long courseId) {
        String title = sessions.courseTitle(courseId)
                .orElseThrow(() -> new SessionRejectedException("courseId", Text.of("scheduling.session.courseGone")));
        TrickleDownPolicy policy = settings.current().trickleDownPolicy();
        Map<Long, Instant> trainedAt = queries.firstTrainedAt(courseId);
        Map<Long, List<Member>> byDepartment = new LinkedHashMap<>();
        for (Member member : queries.activeMembers()) {
            byDepartment.computeIfAbsent(member.departmentId(), id -> new ArrayList<>()).add(member);
        }
        List<DepartmentReadiness> departments = byDepartment.values().stream()
                .map(members -> readiness(members, trainedAt, policy))
                .toList();
        return new RolloutReport(courseId, title, policy, departments, queries.gateOverrides(courseId));
    }

    private static DepartmentReadiness readiness(List<Member> members, Map<Long, Instant> trainedAt,
            TrickleDownPolicy policy) {
        List<Trainee> managers = new ArrayList<>();
        List<Trainee> staff = new ArrayList<>();
        for (Member member : members) {
            Trainee trainee = new Trainee(member.personId(), trainedAt.get(member.personId()));
            (member.manager() ? managers : staff).add(trainee);
        }
        TrickleDownResult result = TrickleDownRules.evaluate(managers, staff, policy);
        Member first = members.getFirst();
        return new DepartmentReadiness(first.departmentId(), first.departmentName(), first.depth(),
                result.managersTrained(), result.managers(), result.staffTrained(), result.staff(), result.status());
    }
}
