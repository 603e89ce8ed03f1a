package io.cascade.insight.api;

import io.cascade.CascadeSpringTest;
import io.cascade.organization.OrganizationAdminService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard's level-at-a-time summaries of TrickleDownApi, on the demo organisation (Northwind Service Group with
 * Hotels, Contact Centre and Retail below it), through the real security filter chains.
 */
@CascadeSpringTest
@Transactional
class OverviewApiTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    OrganizationAdminService admin;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    @WithMockUser(roles = "EXECUTIVE")
    void shouldServeTheTopOfTheTreeWithOneLevelBelowAsJson() throws Exception {
        mvc.perform(get("/api/insight/overview"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.rows[0].name").value("Northwind Service Group"))
                .andExpect(jsonPath("$.rows[0].children[*].name").value(hasItems("Hotels", "Contact Centre", "Retail")))
                .andExpect(jsonPath("$.rows[0].children[*].name").value(not(hasItems("Customer Care"))))
                .andExpect(jsonPath("$.columns.length()").value(lessThanOrEqualTo(12)))
                .andExpect(jsonPath("$.headlines.departmentsOutOfOrder").isNumber())
                .andExpect(jsonPath("$.outOfOrder.items[*].name").value(hasItems("Customer Care")));

        mvc.perform(get("/api/insight/departments/" + department("Contact Centre") + "/children")
                        .with(SecurityMockMvcRequestPostProcessors.user("catherine").roles("EXECUTIVE")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name").value(hasItems("Customer Care", "Technical Support")));
    }

    @Test
    @WithMockUser(roles = {"EXECUTIVE", "ADMIN"})
    void shouldWriteTheSummaryAsCsvWithEveryCourseAndNamesDefused() throws Exception {
        admin.addDepartment("=HYPERLINK(\"x\") " + System.nanoTime(), department("Northwind Service Group"));

        String csv = mvc.perform(get("/api/insight/summary.csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();

        List<String> lines = Arrays.asList(csv.split("\r\n"));
        assertThat(lines.getFirst()).isEqualTo("Department ID,Department,Parent department ID,Depth,"
                + "Sub-departments,Course ID,Course code,Course,Status,Managers trained,Managers,Staff trained,Staff,"
                + "Violations");
        assertThat(lines).anyMatch(line -> line.contains(",Contact Centre,") && line.contains(",SVC-100,"));
        assertThat(lines).noneMatch(line -> line.contains(",Customer Care,"));
        assertThat(lines).anyMatch(line -> line.contains(",\"'=HYPERLINK(\"\"x\"\")"));
        assertThat(lines).noneMatch(line -> line.contains(",=HYPERLINK"));
    }

    @Test
    void shouldKeepAnonymousCallersAndEmployeesOut() throws Exception {
        mvc.perform(get("/api/insight/overview")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/insight/summary.csv").with(SecurityMockMvcRequestPostProcessors.user("emma")
                        .roles("EMPLOYEE")))
                .andExpect(status().isForbidden());
    }

    private long department(String name) {
        return jdbc.queryForObject("select id from department where name = ? and archived = false", Long.class, name);
    }
}
