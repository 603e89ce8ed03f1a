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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.cascade.base.ui.Formats;
import io.cascade.base.ui.Notifications;
import io.cascade.learning.CheckInDue;
import io.cascade.learning.TeamMember;
import io.cascade.learning.TeamMember.CourseStanding;
import io.cascade.learning.TeamOverview;
import io.cascade.learning.TeamService;
import io.cascade.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A manager's direct reports: where each stands in each course, the champion rate, and the reinforcement check-ins
 * still to log after a report was trained.
 */
@Route("my-team")
@Menu(order = 11, icon = "vaadin:group", title = "learning.menu.myTeam")
@RolesAllowed(Roles.MANAGER)
class MyTeamView extends VerticalLayout implements HasDynamicTitle {

    /** A day of this year, in the page's language: "10 Jan", "10. Jan.". */
    private final DateTimeFormatter shortDay = DateTimeFormatter.ofLocalizedPattern("MMMd")
            .withLocale(Formats.language().locale());

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

        var intro = new Paragraph(getTranslation("learning.myTeam.intro"));
        intro.addClassName("view-intro");
        figures.addClassName("figure-cards");
        warnings.addClassName("callout-warning");

        checkIns.addColumn(CheckInDue::personName).setHeader(getTranslation("learning.myTeam.column.report"))
                .setFlexGrow(1);
        checkIns.addColumn(CheckInDue::courseTitle).setHeader(getTranslation("learning.myTeam.column.course"))
                .setFlexGrow(2);
        checkIns.addColumn(due -> Formats.date(due.trainedOn()))
                .setHeader(getTranslation("learning.myTeam.column.trained")).setAutoWidth(true);
        checkIns.addComponentColumn(this::dueBadge).setHeader(getTranslation("learning.myTeam.column.checkIn"))
                .setAutoWidth(true);
        checkIns.addComponentColumn(this::logButton).setAutoWidth(true).setFlexGrow(0);
        checkIns.setAllRowsVisible(true);
        checkIns.addThemeVariants(GridVariant.LUMO_NO_BORDER);
        checkIns.setEmptyStateText(getTranslation("learning.myTeam.checkIns.empty"));

        team.setAllRowsVisible(true);
        team.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        team.setEmptyStateText(getTranslation("learning.myTeam.team.empty"));

        add(intro, figures, warnings, new H2(getTranslation("learning.myTeam.checkIns.heading")), checkIns,
                new H2(getTranslation("learning.myTeam.team.heading")), team);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("learning.myTeam.title");
    }

    void refresh() {
        TeamOverview overview = teamService.myTeam();
        figures.removeAll();
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        String rate = overview.championRate().percent().stream()
                .mapToObj(value -> percent.format(Math.round(value) / 100.0)).findFirst().orElse("–");
        figures.add(figure(rate, getTranslation("learning.myTeam.figure.championRate"),
                getTranslation("learning.myTeam.figure.championRate.detail", overview.championRate().count(),
                        overview.championRate().total(), overview.windowDays())));
        long overdue = overview.checkIns().stream().filter(CheckInDue::overdue).count();
        figures.add(figure(String.valueOf(overview.checkIns().size() - overdue),
                getTranslation("learning.myTeam.figure.due"),
                getTranslation("learning.myTeam.figure.due.detail", overview.windowDays())));
        figures.add(figure(String.valueOf(overdue), getTranslation("learning.myTeam.figure.overdue"),
                getTranslation("learning.myTeam.figure.overdue.detail")));
        figures.add(figure(String.valueOf(overview.members().size()),
                getTranslation("learning.myTeam.figure.reports"), ""));

        warnings.removeAll();
        overview.bookedBeforeMe().forEach(text -> warnings.add(new ListItem(getTranslation(text.key(), text.args()))));
        warnings.setVisible(!overview.bookedBeforeMe().isEmpty());

        checkIns.setItems(overview.checkIns());

        team.removeAllColumns();
        team.addColumn(TeamMember::name).setHeader(getTranslation("learning.myTeam.column.report")).setFrozen(true)
                .setAutoWidth(true);
        overview.courses().forEach(course -> team.addComponentColumn(member -> standing(member, course.id()))
                .setHeader(course.title()).setAutoWidth(true));
        team.setItems(overview.members());
    }

    private Button logButton(CheckInDue due) {
        var button = new Button(getTranslation("learning.myTeam.logCheckIn"),
                click -> new CheckInDialog(teamService, due, this::saved, clock).open());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, due.overdue() ? ButtonVariant.LUMO_ERROR
                : ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private void saved(CheckInDue due) {
        Notifications.success(getTranslation("learning.myTeam.checkInLogged", due.personName()));
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

    private Span dueBadge(CheckInDue due) {
        var badge = new Span(due.overdue()
                ? getTranslation("learning.myTeam.due.overdueSince", Formats.date(due.dueBy().plusDays(1)))
                : getTranslation("learning.myTeam.due.by", Formats.date(due.dueBy())));
        badge.addClassNames("badge", due.overdue() ? "error" : "warning");
        return badge;
    }

    private Span standing(TeamMember member, long courseId) {
        CourseStanding standing = member.standings().get(courseId);
        var badge = new Span();
        badge.addClassName("badge");
        if (standing == null) {
            badge.setText("–");
            badge.addClassName("contrast");
        } else if (standing.trainedAt() != null) {
            String trained = shortDay.format(standing.trainedAt().atZone(ZoneOffset.UTC));
            badge.setText(standing.lastCheckInOn() != null
                    ? getTranslation("learning.myTeam.standing.trainedAndCheckedIn", trained)
                    : getTranslation("learning.myTeam.standing.trained", trained));
            badge.addClassName("success");
            if (standing.lastCheckInOn() != null) {
                badge.getElement().setAttribute("title", getTranslation("learning.myTeam.standing.checkInOn",
                        Formats.date(standing.lastCheckInOn())));
            }
        } else if (standing.nextClassAt() != null) {
            badge.setText(getTranslation("learning.myTeam.standing.booked",
                    shortDay.format(standing.nextClassAt().atZone(ZoneOffset.UTC))));
            badge.addClassName("info");
        } else {
            badge.setText("–");
            badge.addClassName("contrast");
        }
        return badge;
    }
}
