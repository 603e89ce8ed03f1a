package io.cascade.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.CascadeSpringTest;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two admins move two sibling departments under each other at the same moment, each in their own transaction on
 * their own thread, on the real MariaDB. Each check alone passes; together they would make a cycle. Not transactional
 * itself: the threads must see each other's commits. The departments are removed afterwards.
 */
@CascadeSpringTest
class DepartmentMoveRaceTest {

    @Autowired
    OrganizationAdminService admin;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    Long rootId;

    static void signInAsAdmin() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "race-admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
    }

    @AfterEach
    void removeTheDepartments() {
        if (rootId != null) {
            // by name, and parents cut first: even a branch that lost the race into a cycle is removed
            String name = jdbc.sql("select name from department where id = :id").param("id", rootId)
                    .query(String.class).single();
            jdbc.sql("update department set parent_id = null where name like concat(:n, '%')").param("n", name)
                    .update();
            jdbc.sql("delete from department where name like concat(:n, '%')").param("n", name).update();
        }
        SecurityContextHolder.clearContext();
    }

    Long parentOf(long id) {
        return jdbc.sql("select parent_id from department where id = :id").param("id", id).query(Long.class)
                .optional().orElse(null);
    }

    @Test
    void twoAdminsMovingTwoDepartmentsUnderEachOtherAtOnceCannotMakeACycle() throws Exception {
        signInAsAdmin();
        String name = "Race " + System.nanoTime();
        rootId = admin.addDepartment(name, null);
        long x = admin.addDepartment(name + " X", rootId);
        long y = admin.addDepartment(name + " Y", rootId);

        CountDownLatch firstMoved = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        // the first admin moves X under Y and holds the transaction open, as a slow request would
        Future<?> first = pool.submit(() -> {
            signInAsAdmin();
            try {
                new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    admin.moveDepartment(x, y);
                    firstMoved.countDown();
                    await(firstMayCommit);
                });
            } finally {
                SecurityContextHolder.clearContext();
            }
            return null;
        });
        assertThat(firstMoved.await(30, TimeUnit.SECONDS)).isTrue();
        // the second admin, who also saw X and Y as siblings, moves Y under X meanwhile
        Future<Exception> second = pool.submit(() -> {
            signInAsAdmin();
            try {
                admin.moveDepartment(y, x);
                return null;
            } catch (RuntimeException e) {
                return e;
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        Thread.sleep(1000);
        firstMayCommit.countDown();
        first.get(60, TimeUnit.SECONDS);
        Exception refusal = second.get(60, TimeUnit.SECONDS);
        pool.shutdown();

        assertThat(parentOf(x)).as("the first move stands").isEqualTo(y);
        assertThat(parentOf(y)).as("no cycle: Y stays under the root").isEqualTo(rootId);
        assertThat(refusal).as("the second move is refused with a message an admin understands")
                .isInstanceOfAny(OrganizationChangeException.class, ConcurrentChangeException.class);
        assertThat(refusal.getMessage()).containsAnyOf("one of its own sub-departments", "changed by someone else");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
