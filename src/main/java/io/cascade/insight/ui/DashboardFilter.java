package io.cascade.insight.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.QueryParameters;
import io.cascade.base.ui.Formats;
import io.cascade.insight.TrickleDownScope;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The dashboard's filters as they travel in the address, so a view can be bookmarked and shared:
 * {@code ?course=3&division=2&from=2026-01-01&to=2026-12-31&courses=3,5,8}. Both dates are whole days and
 * inclusive. Unreadable values are dropped rather than refused: a mistyped link still opens the dashboard.
 *
 * @param courseId   one course, or {@code null} for every published course
 * @param divisionId one department and everything below it, or {@code null} for the whole organisation
 * @param columns    the courses shown as the overview's columns, in order; empty for the most trained ones
 */
record DashboardFilter(Long courseId, Long divisionId, LocalDate from, LocalDate to, List<Long> columns) {

    static final String COURSE = "course";
    static final String DIVISION = "division";
    static final String FROM = "from";
    static final String TO = "to";
    static final String COLUMNS = "courses";

    static final DashboardFilter NONE = new DashboardFilter(null, null, null, null, List.of());

    DashboardFilter {
        if (from != null && to != null && to.isBefore(from)) {
            to = null;
        }
        columns = List.copyOf(columns);
    }

    DashboardFilter(Long courseId, Long divisionId, LocalDate from, LocalDate to) {
        this(courseId, divisionId, from, to, List.of());
    }

    static DashboardFilter of(QueryParameters parameters) {
        return new DashboardFilter(number(parameters, COURSE), number(parameters, DIVISION),
                date(parameters, FROM), date(parameters, TO), numbers(parameters, COLUMNS));
    }

    QueryParameters toQueryParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (courseId != null) {
            parameters.put(COURSE, courseId.toString());
        }
        if (divisionId != null) {
            parameters.put(DIVISION, divisionId.toString());
        }
        if (from != null) {
            parameters.put(FROM, from.toString());
        }
        if (to != null) {
            parameters.put(TO, to.toString());
        }
        if (!columns.isEmpty()) {
            parameters.put(COLUMNS, columns.stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
        return QueryParameters.simple(parameters);
    }

    /** The round runs from the start of {@code from} to the end of {@code to}, in the zone dates are shown in. */
    TrickleDownScope toScope() {
        return new TrickleDownScope(courseId, divisionId,
                from == null ? null : from.atStartOfDay(Formats.zone()).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(Formats.zone()).toInstant());
    }

    boolean isEmpty() {
        return equals(NONE);
    }

    DashboardFilter withCourse(Long courseId) {
        return new DashboardFilter(courseId, divisionId, from, to, columns);
    }

    DashboardFilter withDivision(Long divisionId) {
        return new DashboardFilter(courseId, divisionId, from, to, columns);
    }

    DashboardFilter withRound(LocalDate from, LocalDate to) {
        return new DashboardFilter(courseId, divisionId, from, to, columns);
    }

    DashboardFilter withColumns(List<Long> columns) {
        return new DashboardFilter(courseId, divisionId, from, to, columns);
    }

    /**
     * The round in a sentence of the page's language, or empty for all time: {@code betweenKey} names a message
     * taking both dates ("... between 1 Jan 2026 and 31 Dec 2026 ..."), {@code sinceKey} and {@code untilKey} one each.
     */
    Optional<String> roundText(String betweenKey, String sinceKey, String untilKey) {
        if (from != null && to != null) {
            return Optional.of(I18NProvider.translate(betweenKey, Formats.date(from), Formats.date(to)));
        }
        if (from != null) {
            return Optional.of(I18NProvider.translate(sinceKey, Formats.date(from)));
        }
        return to == null ? Optional.empty() : Optional.of(I18NProvider.translate(untilKey, Formats.date(to)));
    }

    private static Long number(QueryParameters parameters, String name) {
        return parameters.getSingleParameter(name).map(value -> {
            try {
                return Long.valueOf(value.trim());
            } catch (NumberFormatException unreadable) {
                return null;
            }
        }).orElse(null);
    }

    private static List<Long> numbers(QueryParameters parameters, String name) {
        return parameters.getSingleParameter(name).map(value -> Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(part -> part.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .distinct()
                .toList()).orElse(List.of());
    }

    private static LocalDate date(QueryParameters parameters, String name) {
        return parameters.getSingleParameter(name).map(value -> {
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }).orElse(null);
    }
}
