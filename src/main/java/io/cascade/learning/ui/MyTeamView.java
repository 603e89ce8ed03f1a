package io.cascade.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.cascade.base.ui.Notifications;
import io.cascade.learning.CheckInDue;
import io.cascade.learning.TeamMember;
import io.cascade.learning.TeamMember.CourseStanding;
import io.cascade.learning.TeamOverview;
import io.cascade.learning.TeamService;
import io.cascade.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A manager's direct reports: where each stands in each course, the champion rate, and the reinforcement check-ins
 * still to log after a report was trained.
 */
@Route("my-team")
@PageTitle("My team")
@Menu(order = 11, icon = "vaadin:group", title = "My team")
@RolesAllowed(Roles.MANAGER)
class MyTeamView extends VerticalLayout {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    final Div figures = new Div();
    final UnorderedList warnings = new UnorderedList();
    final Grid<CheckInDue> checkIns = new Grid<>(CheckInDue.class, false);
    final Grid<TeamMember> team = new Grid<>(TeamMember.class, false);

    private final TeamService teamService;
    private final Clock clock;

    MyTeamView(TeamService teamService, Clock clock) {
        this.teamService = teamService;
        this.clock = clock;
        addClassName("view");

        var intro = new Paragraph("Managers go first: take each course before your team does. After a report is "
                + "trained, reinforce it on the job with a coaching conversation or an observation.");
        intro.addClassName("view-intro");
        figures.addClassName("figure-cards");
        warnings.addClassName("callout-warning");

        checkIns.addColumn(CheckInDue::personName).setHeader("Report").setFlexGrow(1);
        checkIns.addColumn(CheckInDue::courseTitle).setHeader("Course").setFlexGrow(2);
        checkIns.addColumn(due -> DAY.format(due.trainedOn())).setHeader("Trained").setAutoWidth(true);
        checkIns.addComponentColumn(MyTeamView::dueBadge).setHeader("Check-in").setAutoWidth(true);
        checkIns.addComponentColumn(this::logButton).setAutoWidth(true).setFlexGrow(0);
        checkIns.setAllRowsVisible(true);
        checkIns.addThemeVariants(GridVariant.LUMO_NO_BORDER);
        checkIns.setEmptyStateText("No check-ins owed. Well done.");

        team.setAllRowsVisible(true);
        team.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        team.setEmptyStateText("Nobody reports to you.");

        add(intro, figures, warnings, new H2("Check-ins to log"), checkIns, new H2("My team's training"), team);
        refresh();
    }

    void refresh() {
        TeamOverview overview = teamService.myTeam();
        figures.removeAll();
        String rate = overview.championRate().percent().stream()
                .mapToObj(percent -> Math.round(percent) + "%").findFirst().orElse("–");
        figures.add(figure(rate, "Champion rate", overview.championRate().count() + " of "
                + overview.championRate().total() + " trained reports checked in within " + overview.windowDays()
                + " days"));
        long overdue = overview.checkIns().stream().filter(CheckInDue::overdue).count();
        figures.add(figure(String.valueOf(overview.checkIns().size() - overdue), "Check-ins due",
                "within " + overview.windowDays() + " days of training"));
        figures.add(figure(String.valueOf(overdue), "Overdue", "past the window, still not logged"));
        figures.add(figure(String.valueOf(overview.members().size()), "Direct reports", ""));

        warnings.removeAll();
        overview.bookedBeforeMe().forEach(text -> warnings.add(new ListItem(text)));
        warnings.setVisible(!overview.bookedBeforeMe().isEmpty());

        checkIns.setItems(overview.checkIns());

        team.removeAllColumns();
        team.addColumn(TeamMember::name).setHeader("Report").setFrozen(true).setAutoWidth(true);
        overview.courses().forEach(course -> team.addComponentColumn(member -> standing(member, course.id()))
                .setHeader(course.title()).setAutoWidth(true));
        team.setItems(overview.members());
    }

    private Button logButton(CheckInDue due) {
        var button = new Button("Log check-in",
                click -> new CheckInDialog(teamService, due, this::saved, clock).open());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, due.overdue() ? ButtonVariant.LUMO_ERROR
                : ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private void saved(CheckInDue due) {
        Notifications.success("Check-in with " + due.personName() + " logged");
        refresh();
    }

    private static Component figure(String value, String label, String detail) {
        var number = new Span(value);
        number.addClassName("figure-value");
        var caption = new Span(label);
        caption.addClassName("figure-label");
        var card = new Div(number, caption);
        if (!detail.isEmpty()) {
            var small = new Span(detail);
            small.addClassName("figure-detail");
            card.add(small);
        }
        card.addClassName("figure-card");
        return card;
    }

    private static Span dueBadge(CheckInDue due) {
        var badge = new Span(due.overdue() ? "Overdue since " + DAY.format(due.dueBy().plusDays(1))
                : "Due by " + DAY.format(due.dueBy()));
        badge.addClassNames("badge", due.overdue() ? "error" : "warning");
        return badge;
    }

    private static Span standing(TeamMember member, long courseId) {
        CourseStanding standing = member.standings().get(courseId);
        var badge = new Span();
        badge.addClassName("badge");
        if (standing == null) {
            badge.setText("–");
            badge.addClassName("contrast");
        } else if (standing.trainedAt() != null) {
            badge.setText("Trained " + SHORT.format(standing.trainedAt().atZone(ZoneOffset.UTC))
                    + (standing.lastCheckInOn() != null ? " ✓" : ""));
            badge.addClassName("success");
            if (standing.lastCheckInOn() != null) {
                badge.getElement().setAttribute("title", "Check-in on " + DAY.format(standing.lastCheckInOn()));
            }
        } else if (standing.nextClassAt() != null) {
            badge.setText("Booked " + SHORT.format(standing.nextClassAt().atZone(ZoneOffset.UTC)));
            badge.addClassName("info");
        } else {
            badge.setText("–");
            badge.addClassName("contrast");
        }
        return badge;
    }
}
