package io.cascade.insight.api;

import io.cascade.insight.LeadershipMatrix;
import io.cascade.insight.OverviewRow;
import io.cascade.insight.TrickleDownOverview;
import io.cascade.insight.TrickleDownOverviewService;
import io.cascade.insight.TrickleDownCsv;
import io.cascade.insight.TrickleDownReport;
import io.cascade.insight.TrickleDownScope;
import io.cascade.insight.TrickleDownService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

/**
 * Read-only trickle-down figures for BI tools, as JSON and CSV (README "API"). Every endpoint takes the same
 * optional filters: {@code course} (id; default every published course), {@code division} (department id, with
 * everything below it; default the whole organisation), and a training round {@code from} (inclusive) {@code to}
 * (exclusive), ISO dates taken at midnight UTC. Access: EXECUTIVE and ADMIN ({@code ApiSecurityConfig}, and the
 * service's own method security).
 */
@RestController
@RequestMapping(path = "/api/insight", produces = MediaType.APPLICATION_JSON_VALUE)
class TrickleDownApi {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final TrickleDownService trickleDown;
    private final TrickleDownOverviewService overviews;

    TrickleDownApi(TrickleDownService trickleDown, TrickleDownOverviewService overviews) {
        this.trickleDown = trickleDown;
        this.overviews = overviews;
    }

    @GetMapping("/trickle-down")
    TrickleDownReport report(@RequestParam(required = false) Long course,
                             @RequestParam(required = false) Long division,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return trickleDown.report(scope(course, division, from, to));
    }

    @GetMapping("/leadership")
    LeadershipMatrix leadership(@RequestParam(required = false) Long course,
                                @RequestParam(required = false) Long division) {
        return trickleDown.leadershipMatrix(scope(course, division, null, null));
    }

    @GetMapping(path = "/trickle-down.csv", produces = "text/csv")
    ResponseEntity<String> reportCsv(@RequestParam(required = false) Long course,
                                     @RequestParam(required = false) Long division,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return csv("trickle-down.csv", scope(course, division, from, to), TrickleDownCsv::report);
    }

    @GetMapping(path = "/violations.csv", produces = "text/csv")
    ResponseEntity<String> violationsCsv(@RequestParam(required = false) Long course,
                                         @RequestParam(required = false) Long division,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return csv("violations.csv", scope(course, division, from, to), TrickleDownCsv::violations);
    }

    /**
     * What the dashboard's first screen shows, a level at a time: its size follows the tree's width, not the
     * organisation's size. {@code courses}: the columns, repeated or comma-separated ids.
     */
    @GetMapping("/overview")
    TrickleDownOverview overview(@RequestParam(required = false) Long course,
                                 @RequestParam(required = false) Long division,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                 @RequestParam(required = false) List<Long> courses) {
        return overviews.overview(scope(course, division, from, to), courses == null ? List.of() : courses);
    }

    /** One department's direct sub-departments, rolled up as in the overview. */
    @GetMapping("/departments/{department}/children")
    List<OverviewRow> children(@PathVariable long department,
                               @RequestParam(required = false) Long course,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               @RequestParam(required = false) List<Long> courses) {
        return overviews.children(scope(course, null, from, to), department, courses == null ? List.of() : courses);
    }

    @GetMapping(path = "/summary.csv", produces = "text/csv")
    ResponseEntity<String> summaryCsv(@RequestParam(required = false) Long course,
                                      @RequestParam(required = false) Long division,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return csv("summary.csv", TrickleDownCsv.summary(overviews.summary(scope(course, division, from, to))));
    }

    /** A round that does not start before it ends is the caller's mistake, not a server error. */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<String> badRequest(IllegalArgumentException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
    }

    private ResponseEntity<String> csv(String filename, TrickleDownScope scope,
                                       Function<TrickleDownReport, String> format) {
        return csv(filename, format.apply(trickleDown.report(scope)));
    }

    private static ResponseEntity<String> csv(String filename, String body) {
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(body);
    }

    private static TrickleDownScope scope(Long course, Long division, LocalDate from, LocalDate to) {
        return new TrickleDownScope(course, division, from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to == null ? null : to.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
