package io.cascade.scheduling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.cascade.base.ui.Formats;
import io.cascade.catalog.CourseSummary;
import io.cascade.organization.DepartmentNode;
import io.cascade.scheduling.AgendaFilter;
import io.cascade.scheduling.PersonOption;
import io.cascade.scheduling.SchedulingService;
import io.cascade.scheduling.SessionListItem;
import io.cascade.scheduling.internal.DatePatterns;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A week or month of sessions as a list grouped by day, filterable by trainer, course and department, with previous
 * and next period buttons. Built from plain components so no calendar web component is needed.
 */
class AgendaPanel extends Div {

    /** Every language Cascade speaks reads the time on a 24-hour clock. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    final ComboBox<PersonOption> trainer = new ComboBox<>();
    final ComboBox<CourseSummary> course = new ComboBox<>();
    final ComboBox<DepartmentNode> department = new ComboBox<>();
    final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    final Button today = new Button(getTranslation("scheduling.agenda.today"));
    final Span period = new Span();
    final Div days = new Div();

    private final SchedulingService scheduling;
    private final Consumer<Long> openSession;
    private final ZoneId zone = ZoneId.systemDefault();
    private final Clock clock;
    private boolean month;
    private LocalDate anchor;

    AgendaPanel(SchedulingService scheduling, List<CourseSummary> courses, List<DepartmentNode> departments,
            Consumer<Long> openSession, Clock clock) {
        this.scheduling = scheduling;
        this.openSession = openSession;
        this.clock = clock.withZone(zone);
        this.anchor = LocalDate.now(this.clock);
        setWidthFull();
        addClassName("agenda");

        trainer.setPlaceholder(getTranslation("scheduling.agenda.allTrainers"));
        trainer.setItems(scheduling.trainers());
        trainer.setItemLabelGenerator(PersonOption::name);
        course.setPlaceholder(getTranslation("scheduling.agenda.allCourses"));
        course.setItems(courses);
        course.setItemLabelGenerator(CourseSummary::title);
        department.setPlaceholder(getTranslation("scheduling.agenda.allDepartments"));
        department.setItems(departments);
        department.setItemLabelGenerator(DepartmentNode::name);
        for (ComboBox<?> filter : List.of(trainer, course, department)) {
            filter.setClearButtonVisible(true);
            filter.addValueChangeListener(change -> refresh());
        }
        previous.setAriaLabel(getTranslation("scheduling.agenda.previous"));
        next.setAriaLabel(getTranslation("scheduling.agenda.next"));
        for (Button button : List.of(previous, next, today)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        previous.addClickListener(click -> move(-1));
        next.addClickListener(click -> move(1));
        today.addClickListener(click -> {
            anchor = LocalDate.now(clock);
            refresh();
        });
        period.addClassName("agenda-period");
        var navigation = new HorizontalLayout(previous, today, next, period);
        navigation.setAlignItems(FlexComponent.Alignment.CENTER);
        navigation.setSpacing(false);
        var filters = new HorizontalLayout(trainer, course, department);
        var toolbar = new HorizontalLayout(navigation, filters);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        toolbar.setWrap(true);
        add(toolbar, days);
    }

    void showMonth(boolean month) {
        this.month = month;
        refresh();
    }

    private void move(int periods) {
        anchor = month ? anchor.plusMonths(periods) : anchor.plusWeeks(periods);
        refresh();
    }

    void refresh() {
        LocalDate first = month ? anchor.withDayOfMonth(1) : anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate end = month ? first.plusMonths(1) : first.plusWeeks(1);
        Locale locale = Formats.language().locale();
        period.setText(month ? DatePatterns.of("yMMMM", locale).format(first)
                : getTranslation("scheduling.agenda.weekOf", Formats.date(first)));
        List<SessionListItem> sessions = scheduling.agenda(new AgendaFilter(first.atStartOfDay(zone).toInstant(),
                end.atStartOfDay(zone).toInstant(), trainer.getValue() == null ? null : trainer.getValue().id(),
                course.getValue() == null ? null : course.getValue().id(),
                department.getValue() == null ? null : department.getValue().id()));
        Map<LocalDate, List<SessionListItem>> byDay = sessions.stream().collect(Collectors.groupingBy(
                session -> LocalDate.ofInstant(session.startsAt(), zone), TreeMap::new, Collectors.toList()));
        days.removeAll();
        if (byDay.isEmpty()) {
            var empty = new Div(new Span(getTranslation(month ? "scheduling.agenda.emptyMonth"
                    : "scheduling.agenda.emptyWeek")));
            empty.addClassName("empty-state");
            days.add(empty);
        }
        byDay.forEach((day, daySessions) -> {
            var dayBlock = new Div(new H4(DatePatterns.of("MMMMEEEEd", locale).format(day)));
            dayBlock.addClassName("agenda-day");
            daySessions.forEach(session -> dayBlock.add(card(session)));
            days.add(dayBlock);
        });
    }

    private Div card(SessionListItem session) {
        var time = new Span(TIME.format(session.startsAt().atZone(zone)) + "–"
                + TIME.format(session.endsAt().atZone(zone)));
        time.addClassName("agenda-time");
        var title = new Span(session.courseTitle());
        title.addClassName("agenda-title");
        var where = new Span(session.location() != null ? session.location()
                : getTranslation("scheduling.session.online"));
        var who = new Span(session.trainerName() == null ? getTranslation("scheduling.agenda.noTrainer")
                : session.trainerName());
        var seats = session.cancelled() ? SessionLabels.badge(getTranslation("scheduling.session.cancelled"), "error")
                : SessionLabels.badge(getTranslation("scheduling.agenda.seats", session.enrolledCount(),
                        session.capacity()),
                        session.seatsLeft() == 0 ? "warning" : "success");
        var details = new Div(title, new Span(" · "), where, new Span(" · "), who);
        details.addClassName("agenda-details");
        var card = new Div(time, details, seats);
        card.addClassName("agenda-session");
        if (session.cancelled()) {
            card.addClassName("cancelled");
        }
        card.getElement().setAttribute("title", Formats.dateTime(session.startsAt()));
        card.addClickListener(click -> openSession.accept(session.id()));
        return card;
    }
}
