package io.cascade.scheduling.internal;

import io.cascade.scheduling.AttendanceStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** An attendance mark changed after the session day: who changed it, when, from what to what. Never updated. */
@Entity
public class AttendanceChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long enrolmentId;
    private String changedBy;
    private Instant changedAt;
    @Enumerated(EnumType.STRING)
    private AttendanceStatus oldAttendance;
    @Enumerated(EnumType.STRING)
    private AttendanceStatus newAttendance;

    protected AttendanceChange() {
    }

    public AttendanceChange(Long enrolmentId, String changedBy, Instant changedAt, AttendanceStatus oldAttendance,
            AttendanceStatus newAttendance) {
        this.enrolmentId = enrolmentId;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.oldAttendance = oldAttendance;
        this.newAttendance = newAttendance;
    }
}
