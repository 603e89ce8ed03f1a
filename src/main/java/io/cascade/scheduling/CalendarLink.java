package io.cascade.scheduling;

/** The address of a person's calendar subscription: {@code /calendar/{token}.ics}, secret like a password. */
public record CalendarLink(String token) {

    public String path() {
        return "/calendar/" + token + ".ics";
    }
}
