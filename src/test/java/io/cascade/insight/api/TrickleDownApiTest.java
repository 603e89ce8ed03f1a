package io.cascade.insight.api;

import io.cascade.insight.TrickleDownLedger;
import io.cascade.CascadeSpringTest;
import io.cascade.OrganisationRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The BI endpoints over a small organisation inserted by each test (rolled back), through the real security filter
 * chains: "API Co" has the executive Cleo and a department "=Front Desk" whose staff member "@Ann" was trained on
 * day 1, before her manager Mia (day 5). Cleo sat in on day 1.
 */
@CascadeSpringTest
@Transactional
class TrickleDownApiTest {

    private static final Instant ROLLOUT = Instant.parse("2025-03-03T09:00:00Z");

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TrickleDownLedger ledger;

    MockMvc mvc;

    private final String run = Long.toString(System.nanoTime(), 36);
    private OrganisationRows rows;
    long company, frontDesk, cleo, mia, ann, course;

    @BeforeEach
    void insertTheOrganisation() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        rows = new OrganisationRows(jdbc, ROLLOUT);
        rows.setting("trickle-down.policy", "STRICT");
        company = rows.department("API Co " + run, null);
        frontDesk = rows.department("=Front Desk " + run, company);
        cleo = person("Cleo", "EXECUTIVE", company);
        mia = person("Mia", "MANAGER", frontDesk);
        ann = person("@Ann", "STAFF", frontDesk);
        course = rows.course("API-" + run, "Listening " + run, "ALL", null);
        rows.attended(session(1), "PRESENT", cleo, ann);
        rows.attended(session(5), "PRESENT", mia);
        // written with plain JDBC, past the services the ledger follows
        ledger.rebuild();
    }

    @Test
    @WithMockUser(roles = "EXECUTIVE")
    void shouldServeTheReportAsJsonToAnExecutive() throws Exception {
        mvc.perform(get("/api/insight/trickle-down").param("course", "" + course).param("division", "" + company))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.policy").value("STRICT"))
                .andExpect(jsonPath("$.courses[0].title").value("Listening " + run))
                .andExpect(jsonPath("$.rows.length()").value(2))
                .andExpect(jsonPath("$.rows[1].departmentName").value("=Front Desk " + run))
                .andExpect(jsonPath("$.rows[1].own.status").value("OUT_OF_ORDER"))
                .andExpect(jsonPath("$.rows[0].rolledUp.staffTrained").value(1))
                .andExpect(jsonPath("$.violations[0].staffName").value("@Ann Tester"))
                .andExpect(jsonPath("$.violations[0].staffTrainedAt").value("2025-03-04T09:00:00Z"))
                .andExpect(jsonPath("$.violations[0].managerTrainedAt").value("2025-03-08T09:00:00Z"));
    }

    @Test
    @WithMockUser(roles = "EXECUTIVE")
    void shouldCountOnlyTrainingWithinTheRoundAskedFor() throws Exception {
        // Mia's class on day 5 (8 March) is outside a round ending on 6 March: Ann was trained in it, Mia does not
        // count as trained at its end, and the violation names Mia's class after Ann's
        mvc.perform(get("/api/insight/trickle-down").param("course", "" + course).param("division", "" + frontDesk)
                        .param("from", "2025-03-01").param("to", "2025-03-06"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].own.managersTrained").value(0))
                .andExpect(jsonPath("$.rows[0].own.staffTrained").value(1))
                .andExpect(jsonPath("$.violations[0].managerTrainedAt").value("2025-03-08T09:00:00Z"));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void shouldServeTheLeadershipMatrixToAnAdmin() throws Exception {
        mvc.perform(get("/api/insight/leadership").param("course", "" + course).param("division", "" + company))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.leaders[0].name").value("Cleo Tester"))
                .andExpect(jsonPath("$.leaders[0].attendedCourseIds[0]").value(course))
                .andExpect(jsonPath("$.overall.count").value(1))
                .andExpect(jsonPath("$.overall.total").value(1));
    }

    @Test
    @WithMockUser(roles = "EXECUTIVE")
    void shouldDownloadTheViolationsAsCsvWithFormulasDefused() throws Exception {
        String csv = mvc.perform(get("/api/insight/violations.csv").param("division", "" + company)
                        .param("course", "" + course))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"violations.csv\""))
                .andReturn().getResponse().getContentAsString();

        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv).contains(",'=Front Desk " + run + "," + ann + ",'@Ann Tester,2025-03-04T09:00:00Z,"
                + mia + ",Mia Tester,2025-03-08T09:00:00Z\r\n");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void shouldDownloadTheReportAsCsv() throws Exception {
        String csv = mvc.perform(get("/api/insight/trickle-down.csv").param("division", "" + frontDesk)
                        .param("course", "" + course))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"trickle-down.csv\""))
                .andReturn().getResponse().getContentAsString();

        assertThat(csv).startsWith("Department ID,Department,").contains(
                "\r\n" + frontDesk + ",'=Front Desk " + run + "," + company + ",1," + course + ",API-" + run
                        + ",Listening " + run + ",OUT_OF_ORDER,1,1,1,1,1,OUT_OF_ORDER,1,1,1,1,1\r\n");
    }

    @Test
    @WithMockUser(roles = "EXECUTIVE")
    void shouldTellTheCallerThatARoundMustStartBeforeItEnds() throws Exception {
        mvc.perform(get("/api/insight/trickle-down").param("from", "2025-03-06").param("to", "2025-03-01"))
                .andExpect(status().isBadRequest());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/insight/trickle-down", "/api/insight/leadership", "/api/insight/trickle-down.csv",
            "/api/insight/violations.csv"})
    @WithMockUser(roles = {"EMPLOYEE", "TRAINER"})
    void shouldForbidEveryEndpointToEmployeesAndTrainers(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isForbidden());
    }

    @Test
    void shouldChallengeAnAnonymousCallerInsteadOfRedirectingToTheLogin() throws Exception {
        mvc.perform(get("/api/insight/trickle-down"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Basic")))
                .andExpect(header().doesNotExist(HttpHeaders.LOCATION));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void shouldRefuseToChangeAnythingThroughTheApi() throws Exception {
        mvc.perform(post("/api/insight/trickle-down")).andExpect(status().isForbidden());
    }

    // ---------------------------------------------------------------- building the organisation with plain JDBC

    private long person(String firstName, String level, long department) {
        String number = "API-" + run + "-" + firstName;
        return rows.person(number, firstName, "Tester", number + "@api.example", level, department, null);
    }

    private long session(int day) {
        return rows.session(course, ROLLOUT.plus(day, ChronoUnit.DAYS));
    }
}
