package io.cascade.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.cascade.CascadeSpringTest;
import com.vaadin.flow.component.html.Image;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

@CascadeSpringTest
class MainLayoutTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    io.cascade.security.Branding branding;
    @Autowired
    io.cascade.base.i18n.LanguagePreferences languages;

    @Test
    @WithUserDetails("employee")
    void shouldTitleTheShellWithTheOrganisationsNameFromSettings() {
        String name = jdbc.sql("select value from app_setting where name = 'organisation.name'").query(String.class)
                .single();

        assertThat(name).isNotEqualTo("Cascade");
        assertThat(find(Span.class).withClassName("app-brand-name").single().getText()).isEqualTo(name);
        assertThat(find(Span.class).withClassName("app-brand-product").single().getText()).isEqualTo("Cascade");
        assertThat(find(Image.class).withClassName("app-brand-logo").single().getSrc())
                .as("the organisation's logo, or Cascade's until it has one")
                .isEqualTo(branding.logoUrl().orElse("images/cascade-logo.svg"));
    }

    @Test
    @WithUserDetails("manager")
    void shouldGreetAManagerByNameAndOfferTheirLearningAndTeam() {
        navigate("my-learning", com.vaadin.flow.component.Component.class);

        assertThat(find(SideNav.class).all()).extracting(SideNav::getLabel).containsExactly("My learning");
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .containsExactly("My learning", "My team", "Stories");
        assertThat(find(Span.class).withClassName("user-role").single().getText()).isEqualTo("Manager");
        assertThat(find(Span.class).withClassName("user-name").single().getText()).isNotBlank();
    }

    @Test
    @WithUserDetails("admin")
    void shouldGroupAnAdminsNavigationByArea() {
        assertThat(find(SideNav.class).all()).extracting(SideNav::getLabel)
                .containsExactly("Insight", "Training", "Administration");
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .containsExactlyElementsOf(List.of("Dashboard", "Courses", "Class sessions", "Rollout", "Departments",
                        "People", "Accounts", "HR import", "Settings", "Audit log"));
    }

    @Test
    @WithUserDetails("employee")
    void shouldKeepTheLanguageAPersonChoosesInTheProfileMenu() {
        MainLayout shell = find(MainLayout.class).single();
        try {
            new com.vaadin.flow.component.menubar.MenuBarTester<>(shell.languageMenu).clickItem(0, 1);

            assertThat(languages.signedInUsersChoice()).contains(io.cascade.base.i18n.Language.GERMAN);
        } finally {
            jdbc.sql("update user_account set language = null where username = 'employee'").update();
        }
    }

    @Test
    @WithUserDetails("employee")
    void shouldLandAnEmployeeOnTheirLearning() {
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("MyLearningView");
    }
}
