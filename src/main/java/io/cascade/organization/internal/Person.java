package io.cascade.organization.internal;

import io.cascade.base.AbstractEntity;
import io.cascade.organization.Level;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** A member of the organisation: one department, one level, optionally one person they report to. */
@Entity
public class Person extends AbstractEntity {

    private String employeeNumber;
    private String firstName;
    private String lastName;
    private String email;
    @Enumerated(EnumType.STRING)
    private Level level;
    private Long departmentId;
    private Long reportsToId;
    private boolean active = true;
    private Instant createdAt;

    protected Person() {
    }

    public Person(String employeeNumber, String firstName, String lastName, String email, Level level,
            Long departmentId, Instant createdAt) {
        update(employeeNumber, firstName, lastName, email, level, departmentId);
        this.createdAt = createdAt;
    }

    /** Sets everything an admin edits; reporting line and activity have their own setters. */
    public void update(String employeeNumber, String firstName, String lastName, String email, Level level,
            Long departmentId) {
        this.employeeNumber = employeeNumber;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.level = level;
        this.departmentId = departmentId;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public Level getLevel() {
        return level;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public Long getReportsToId() {
        return reportsToId;
    }

    public void setReportsToId(Long reportsToId) {
        this.reportsToId = reportsToId;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
