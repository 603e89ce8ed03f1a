package io.cascade.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.CascadeSpringTest;
import io.cascade.Race;
import io.cascade.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

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
    SignIn signIn;
    @Autowired
    Race race;

    Long rootId;

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
    }

    Long parentOf(long id) {
        return jdbc.sql("select parent_id from department where id = :id").param("id", id).query(Long.class)
                .optional().orElse(null);
    }

    @Test
    void twoAdminsMovingTwoDepartmentsUnderEachOtherAtOnceCannotMakeACycle() throws Exception {
        signIn.as("admin");
        String name = "Race " + System.nanoTime();
        rootId = admin.addDepartment(name, null);
        long x = admin.addDepartment(name + " X", rootId);
        long y = admin.addDepartment(name + " Y", rootId);

        // the first admin moves X under Y and holds the transaction open, as a slow request would; the second, who
        // also saw X and Y as siblings, moves Y under X meanwhile
        Exception refusal = race.secondWhileFirstIsOpen("admin", () -> admin.moveDepartment(x, y),
                () -> admin.moveDepartment(y, x));

        assertThat(parentOf(x)).as("the first move stands").isEqualTo(y);
        assertThat(parentOf(y)).as("no cycle: Y stays under the root").isEqualTo(rootId);
        assertThat(refusal).as("the second move is refused with a message an admin understands")
                .isInstanceOfAny(OrganizationChangeException.class, ConcurrentChangeException.class);
        assertThat(refusal.getMessage()).containsAnyOf("one of its own sub-departments", "changed by someone else");
    }
}
