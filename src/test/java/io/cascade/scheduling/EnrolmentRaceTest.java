package io.cascade.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.CascadeSpringTest;
import io.cascade.SignIn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fifty people race for ten seats on the real MariaDB, each enrolment in its own transaction on its own thread. Not
 * transactional itself: the threads must see each other's commits. The session is removed afterwards.
 */
@CascadeSpringTest
@Import(SchedulingFixtures.class)
class EnrolmentRaceTest {

    static final int PEOPLE = 50;
    static final int SEATS = 10;

    @Autowired
    EnrolmentService enrolment;
    @Autowired
    SchedulingFixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SignIn signIn;

    Long sessionId;
    Long courseId;

    @AfterEach
    void removeTheSession() {
        if (sessionId != null) {
            jdbc.sql("delete from enrolment where session_id = :id").param("id", sessionId).update();
            jdbc.sql("delete from class_session where id = :id").param("id", sessionId).update();
        }
    }

    @Test
    void shouldSeatExactlyTenOfFiftyRacingPeopleAndWaitlistTheRestInArrivalOrder() throws Exception {
        signIn.as("trainer");
        sessionId = fixtures.upcomingSession(1L, SEATS).id();
        List<Long> people = fixtures.activePeople(PEOPLE);
        assertThat(people).hasSize(PEOPLE);

        ExecutorService pool = Executors.newFixedThreadPool(PEOPLE);
        CountDownLatch ready = new CountDownLatch(PEOPLE);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<EnrolmentOutcome>> results = new ArrayList<>();
        for (long personId : people) {
            results.add(pool.submit(() -> {
                signIn.as("trainer");
                ready.countDown();
                go.await();
                try {
                    return enrolment.enrol(sessionId, personId, "Load test: managers-first does not apply");
                } finally {
                    signIn.out();
                }
            }));
        }
        ready.await(30, TimeUnit.SECONDS);
        go.countDown();
        List<EnrolmentOutcome> outcomes = new ArrayList<>();
        for (Future<EnrolmentOutcome> result : results) {
            outcomes.add(result.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(outcomes).filteredOn(outcome -> outcome.status() == EnrolmentStatus.ENROLLED).hasSize(SEATS);
        assertThat(outcomes).filteredOn(outcome -> outcome.status() == EnrolmentStatus.WAITLISTED)
                .hasSize(PEOPLE - SEATS);

        List<Row> rows = jdbc.sql("""
                select person_id, status, waitlist_position, enrolled_at from enrolment where session_id = :id
                order by enrolled_at, id""").param("id", sessionId)
                .query((rs, n) -> new Row(rs.getLong("person_id"), rs.getString("status"),
                        rs.getObject("waitlist_position", Integer.class)))
                .list();
        assertThat(rows).hasSize(PEOPLE);
        assertThat(rows).extracting(Row::personId).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(people);
        // arrival order is the order the session lock was granted, which is the order of enrolled_at:
        // the first ten in that order have the seats, the next forty are waitlisted 1..40 in that same order
        assertThat(rows.subList(0, SEATS)).allSatisfy(row -> assertThat(row.status()).isEqualTo("ENROLLED"));
        List<Integer> positions = rows.subList(SEATS, PEOPLE).stream().map(Row::waitlistPosition).toList();
        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i <= PEOPLE - SEATS; i++) {
            expected.add(i);
        }
        assertThat(positions).containsExactlyElementsOf(expected);
        assertThat(Collections.frequency(rows.stream().map(Row::status).toList(), "WAITLISTED"))
                .isEqualTo(PEOPLE - SEATS);
    }

    record Row(long personId, String status, Integer waitlistPosition) {
    }
}
