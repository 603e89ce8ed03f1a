package io.cascade.scheduling;

import io.cascade.trickledown.TrickleDownPolicy;
import java.util.List;

/** The managers-first rollout of one course: each department's readiness and the gate overrides recorded. */
public record RolloutReport(long courseId, String courseTitle, TrickleDownPolicy policy,
        List<DepartmentReadiness> departments, List<GateOverrideItem> gateOverrides) {

    public RolloutReport {
        departments = List.copyOf(departments);
        gateOverrides = List.copyOf(gateOverrides);
    }
}
