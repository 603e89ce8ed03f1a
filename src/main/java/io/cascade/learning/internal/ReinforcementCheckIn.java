package io.cascade.learning.internal;

import io.cascade.base.AbstractEntity;
import io.cascade.learning.CheckInKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "reinforcement_check_in")
public class ReinforcementCheckIn extends AbstractEntity {

    @Column(nullable = false)
    private long managerId;

    @Column(nullable = false)
    private long personId;

    @Column(nullable = false)
    private long courseId;

    @Column(nullable = false)
    private LocalDate occurredOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CheckInKind kind;

    @Column(length = 1000)
    private String note;

    @Column(nullable = false)
    private Instant createdAt;

    protected ReinforcementCheckIn() {
    }

    public ReinforcementCheckIn(long managerId, long personId, long courseId, LocalDate occurredOn, CheckInKind kind,
            String note, Instant createdAt) {
        this.managerId = managerId;
        this.personId = personId;
        this.courseId = courseId;
        this.occurredOn = occurredOn;
        this.kind = kind;
        this.note = note;
        this.createdAt = createdAt;
    }

    public long getPersonId() {
        return personId;
    }

    public long getCourseId() {
        return courseId;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }
}
