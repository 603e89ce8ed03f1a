package io.cascade.insight.api;

import io.cascade.insight.OverviewRow;
import io.cascade.insight.TrickleDownCsv;
import io.cascade.insight.TrickleDownOverview;
import io.cascade.insight.TrickleDownOverviewService;
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
import java.util.List;

/**
 * The dashboard's level-at-a-time summaries for BI tools (README "Data out"): the same optional filters as
 * {@link TrickleDownApi} ({@code course}, {@code division}, {@code from}, {@code to}), and for the overview the
 * courses to show as columns ({@code courses}, repeated or comma-separated ids). Their size follows the tree's
 * width, not the organisation's size.
 */
@RestController
@RequestMapping(path = "/api/insight", produces = MediaType.APPLICATION_JSON_VALUE)
class OverviewApi {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final TrickleDownOverviewService overviews;

    OverviewApi(TrickleDownOverviewService overviews) {
        this.overviews = overviews;
    }

    @GetMapping("/overview")
    TrickleDownOverview overview(@RequestParam(required = false) Long course,
                                 @RequestParam(required = false) Long division,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                 @RequestParam(required = false) List<Long> courses) {
        return overviews.overview(TrickleDownApi.scope(course, division, from, to),
                courses == null ? List.of() : courses);
    }

    @GetMapping("/departments/{department}/children")
    List<OverviewRow> children(@PathVariable long department,
                               @RequestParam(required = false) Long course,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               @RequestParam(required = false) List<Long> courses) {
        return overviews.children(TrickleDownApi.scope(course, null, from, to), department,
                courses == null ? List.of() : courses);
    }

    @GetMapping(path = "/summary.csv", produces = "text/csv")
    ResponseEntity<String> summaryCsv(@RequestParam(required = false) Long course,
                                      @RequestParam(required = false) Long division,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("summary.csv")
                        .build().toString())
                .body(TrickleDownCsv.summary(overviews.summary(TrickleDownApi.scope(course, division, from, to))));
    }

    /** A round that does not start before it ends is the caller's mistake, not a server error. */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<String> badRequest(IllegalArgumentException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
    }
}
