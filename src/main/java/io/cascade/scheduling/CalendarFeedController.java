package io.cascade.scheduling;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The subscription feed calendar apps poll, without a login: the secret token in the address is the key. */
@RestController
class CalendarFeedController {

    private static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final CalendarService calendar;

    CalendarFeedController(CalendarService calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String token) {
        return calendar.feed(token)
                .map(ics -> ResponseEntity.ok().contentType(TEXT_CALENDAR).body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
