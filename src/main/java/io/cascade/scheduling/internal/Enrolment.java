package io.cascade.scheduling.internal;

import io.cascade.base.AbstractEntity;
import io.cascade.scheduling.AttendanceStatus;
import io.cascade.scheduling.EnrolmentStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * A person's place in a session (or on its waitlist) and, after the class, their attendance. {@code gateOverride}
 * records why a staff member was let in before their managers were trained.
 */
@Entity
public class Enrolment extends AbstractEntity {

    private Long sessionId;
    private Long personId;
    @Enumerated(EnumType.STRING)
    private EnrolmentStatus status;
    private Integer waitlistPosition;
    @Enumerated(EnumType.STRING)
    private AttendanceStatus attendance;
    private String attendanceNote;
    private Instant enrolledAt;
    private Instant attendanceAt;
    private String gateOverride;
    private String gateOverrideBy;
    private boolean walkIn;

    protected Enrolment() {
    }

    public static Enrolment enrolled(Long sessionId, Long personId, Instant when) {
        Enrolment enrolment = new Enrolment();
        enrolment.sessionId = sessionId;
        enrolment.personId = personId;
        enrolment.status = EnrolmentStatus.ENROLLED;
        enrolment.enrolledAt = when;
        return enrolment;
    }

    public static Enrolment waitlisted(Long sessionId, Long personId, int position, Instant when) {
        Enrolment enrolment = enrolled(sessionId, personId, when);
        enrolment.status = EnrolmentStatus.WAITLISTED;
        enrolment.waitlistPosition = position;
        return enrolment;
    }

    /** Someone who came to the class without a place: enrolled and marked present at once. */
    public static Enrolment walkIn(Long sessionId, Long personId, Instant when) {
        Enrolment enrolment = enrolled(sessionId, personId, when);
        enrolment.walkIn = true;
        enrolment.markAttendance(AttendanceStatus.PRESENT, null, when);
        return enrolment;
    }

    /** A waitlisted person takes a seat that came free. */
    public void promote() {
        this.status = EnrolmentStatus.ENROLLED;
        this.waitlistPosition = null;
    }

    /** A withdrawn person comes back: to a seat, or to the end of the waitlist. */
    public void rejoin(Integer waitlistPosition, Instant when) {
        this.status = waitlistPosition == null ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITLISTED;
        this.waitlistPosition = waitlistPosition;
        this.enrolledAt = when;
    }

    public void moveOnWaitlistTo(int position) {
        this.waitlistPosition = position;
    }

    public boolean isWalkIn() {
        return walkIn;
    }

    public void markAttendance(AttendanceStatus attendance, String note, Instant when) {
        this.attendance = attendance;
        this.attendanceNote = note;
        this.attendanceAt = when;
    }

    public void withdraw() {
        this.status = EnrolmentStatus.WITHDRAWN;
        this.waitlistPosition = null;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Long getPersonId() {
        return personId;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public Integer getWaitlistPosition() {
        return waitlistPosition;
    }

    public AttendanceStatus getAttendance() {
        return attendance;
    }

    public String getAttendanceNote() {
        return attendanceNote;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public Instant getAttendanceAt() {
        return attendanceAt;
    }

    public String getGateOverride() {
        return gateOverride;
    }

    /** Records the reason a staff member was let past the managers-first gate and who did it; null clears both. */
    public void setGateOverride(String gateOverride, String overriddenBy) {
        this.gateOverride = gateOverride;
        this.gateOverrideBy = gateOverride == null ? null : overriddenBy;
    }

    public String getGateOverrideBy() {
        return gateOverrideBy;
    }
}
