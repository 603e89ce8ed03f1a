package io.cascade.scheduling.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What calendar files and mails need to know about sessions, their trainer and their attendees. */
@Repository
public class CalendarQueries {

    private static final String ENTRY = """
            select s.id, s.version, c.title, s.starts_at, s.duration_minutes, s.time_zone, s.location, s.online_url,
                   s.notes, s.cancelled_at, s.cancel_reason, concat(t.first_name, ' ', t.last_name) as trainer_name,
                   t.email as trainer_email
            from class_session s
            join course c on c.id = s.course_id
            left join person t on t.id = s.trainer_id
            """;

    private final JdbcClient jdbc;

    CalendarQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CalendarEntry> session(long sessionId) {
        return jdbc.sql(ENTRY + " where s.id = :id").param("id", sessionId).query(CalendarQueries::entry).optional();
    }

    /** The sessions a person is enrolled in (not waitlisted or withdrawn), cancelled ones included, by start. */
    public List<CalendarEntry> sessionsOf(long personId) {
        return jdbc.sql(ENTRY + """
                 join enrolment e on e.session_id = s.id
                 where e.person_id = :personId and e.status = 'ENROLLED'
                 order by s.starts_at, s.id""").param("personId", personId).query(CalendarQueries::entry).list();
    }

    /** The session, if the person holds a seat in it (enrolled, not waitlisted or withdrawn). */
    public Optional<CalendarEntry> seatedSession(long personId, long sessionId) {
        return jdbc.sql(ENTRY + """
                 join enrolment e on e.session_id = s.id
                 where s.id = :sessionId and e.person_id = :personId and e.status = 'ENROLLED'""")
                .param("sessionId", sessionId).param("personId", personId).query(CalendarQueries::entry)
                .optional();
    }

    /** The people holding a seat in the session. */
    public List<Attendee> attendees(long sessionId) {
        return jdbc.sql("""
                select p.id, concat(p.first_name, ' ', p.last_name) as name, p.email from enrolment e
                join person p on p.id = e.person_id
                where e.session_id = :id and e.status = 'ENROLLED'
                order by p.last_name, p.first_name, p.id""").param("id", sessionId)
                .query((rs, row) -> new Attendee(rs.getLong("id"), rs.getString("name"), rs.getString("email")))
                .list();
    }

    public Optional<Attendee> person(long personId) {
        return jdbc.sql("select id, concat(first_name, ' ', last_name) as name, email from person where id = :id")
                .param("id", personId)
                .query((rs, row) -> new Attendee(rs.getLong("id"), rs.getString("name"), rs.getString("email")))
                .optional();
    }

    /** Sessions, not cancelled, starting in [from, to): the ones a reminder is due for. */
    public List<Long> sessionsStartingBetween(Instant from, Instant to) {
        return jdbc.sql("select id from class_session where cancelled_at is null and starts_at >= :from"
                        + " and starts_at < :to order by starts_at, id")
                .param("from", LocalDateTime.ofInstant(from, ZoneOffset.UTC))
                .param("to", LocalDateTime.ofInstant(to, ZoneOffset.UTC)).query(Long.class).list();
    }

    /** When the person's current subscription address was made, if they have one. */
    public Optional<Instant> feedCreatedAt(long personId) {
        return jdbc.sql("select created_at from calendar_feed where person_id = :id").param("id", personId)
                .query((rs, row) -> rs.getObject("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC))
                .optional();
    }

    /**
     * Whose feed a token's hash opens: only someone still active who can still sign in (an enabled, unlocked account):
     * a leaver's or a locked account's calendar stops with their sign-in, and starts again if they are let back in.
     */
    public Optional<Long> feedOwner(String tokenHash) {
        return jdbc.sql("""
                        select f.person_id from calendar_feed f join person p on p.id = f.person_id
                        where f.token = :hash and p.active = true
                          and exists (select 1 from user_account a where a.person_id = f.person_id
                                      and a.enabled = true and a.locked = false)""")
                .param("hash", tokenHash).query(Long.class).optional();
    }

    /** Replaces the person's token hash (the old address stops working at once). */
    public void saveFeedToken(long personId, String tokenHash, Instant now) {
        int updated = jdbc.sql("update calendar_feed set token = :token, created_at = :now where person_id = :id")
                .param("token", tokenHash).param("now", LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("id", personId).update();
        if (updated == 0) {
            jdbc.sql("insert into calendar_feed (person_id, token, created_at) values (:id, :token, :now)")
                    .param("token", tokenHash).param("now", LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                    .param("id", personId).update();
        }
    }

    public void deleteFeedToken(long personId) {
        jdbc.sql("delete from calendar_feed where person_id = :id").param("id", personId).update();
    }

    private static CalendarEntry entry(ResultSet rs, int row) throws SQLException {
        LocalDateTime cancelled = rs.getObject("cancelled_at", LocalDateTime.class);
        return new CalendarEntry(rs.getLong("id"), rs.getLong("version"), rs.getString("title"),
                rs.getObject("starts_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rs.getInt("duration_minutes"), rs.getString("time_zone"), rs.getString("location"),
                rs.getString("online_url"), rs.getString("notes"), cancelled != null, rs.getString("cancel_reason"),
                rs.getString("trainer_name"), rs.getString("trainer_email"));
    }

    public record CalendarEntry(long sessionId, long version, String courseTitle, Instant startsAt,
            int durationMinutes, String timeZone, String location, String onlineUrl, String notes,
            boolean cancelled, String cancelReason, String trainerName, String trainerEmail) {

        public Instant endsAt() {
            return startsAt.plusSeconds(60L * durationMinutes);
        }
    }

    public record Attendee(long personId, String name, String email) {
    }
}
