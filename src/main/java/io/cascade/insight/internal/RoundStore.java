package io.cascade.insight.internal;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The training rounds' part of the trickle-down ledger (DOMAIN.md, "Rounds and valid training"): every training,
 * not only the first, each staff training judged against the managers' valid trainings when it happened, so a
 * round [from, to) is counted in the database instead of judging every attendance mark per request.
 */
@Component
public class RoundStore {

    private final NamedParameterJdbcTemplate jdbc;

    RoundStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One department's own members in one course, in a round: managers holding a valid training at the end of the
     * round (or now, if earlier), staff with a training in the round, and how many of those staff were trained out
     * of order under each policy (each staff member's first training in the round judged).
     */
    public record RoundCellRow(long departmentId, long courseId, int managersTrained, int staffTrained,
                               int strictViolations, int lenientViolations) {
    }

    /**
     * The own cells of the filter's departments (a division's subtree, or all; archived ones may be included) in
     * the filter's course (or every course; unpublished ones may be included) in the filter's round, where
     * somebody counts ({@code managersTrained + staffTrained > 0}). One statement per kind of count, whatever the
     * size of the organisation. The round is {@code [filter.from(), filter.to())}, either end open when null.
     */
    public List<RoundCellRow> cells(TrickleDownQueries.Filter filter) {
        throw new UnsupportedOperationException("rounds from the ledger: not built yet");
    }
}
