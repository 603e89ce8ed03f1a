package io.cascade.scheduling.internal;

import io.cascade.base.AbstractEntity;
import io.cascade.scheduling.SessionAudience;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A scheduled, instructor-led class of a course. Cancelling keeps its enrolments and attendance. The course, the
 * trainer (a person) and the target departments live in other modules and are referenced by id.
 */
@Entity
public class ClassSession extends AbstractEntity {

    private Long courseId;
    private Instant startsAt;
    private int durationMinutes;
    private String timeZone;
    private String location;
    private String onlineUrl;
    private int capacity;
    private Long trainerId;
    @Enumerated(EnumType.STRING)
    private SessionAudience audience;
    private String notes;
    private Instant cancelledAt;
    private String cancelReason;
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "class_session_department", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "department_id")
    private Set<Long> departmentIds = new HashSet<>();

    protected ClassSession() {
    }

    public ClassSession(Long courseId, Instant startsAt, int durationMinutes, String timeZone, int capacity,
            SessionAudience audience, Instant createdAt) {
        plan(courseId, startsAt, durationMinutes, timeZone, capacity, audience);
        this.createdAt = createdAt;
    }

    /** Sets when, how long, how many and for whom; the caller has checked the values. */
    public void plan(Long courseId, Instant startsAt, int durationMinutes, String timeZone, int capacity,
            SessionAudience audience) {
        this.courseId = courseId;
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        this.timeZone = timeZone;
        this.capacity = capacity;
        this.audience = audience;
    }

    public void cancel(String reason, Instant when) {
        this.cancelledAt = when;
        this.cancelReason = reason;
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    public Long getCourseId() {
        return courseId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public void setOnlineUrl(String onlineUrl) {
        this.onlineUrl = onlineUrl;
    }

    public int getCapacity() {
        return capacity;
    }

    public Long getTrainerId() {
        return trainerId;
    }

    public void setTrainerId(Long trainerId) {
        this.trainerId = trainerId;
    }

    public SessionAudience getAudience() {
        return audience;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Long> getDepartmentIds() {
        return Set.copyOf(departmentIds);
    }

    public void setDepartmentIds(Set<Long> departmentIds) {
        this.departmentIds.clear();
        this.departmentIds.addAll(departmentIds);
    }
}
