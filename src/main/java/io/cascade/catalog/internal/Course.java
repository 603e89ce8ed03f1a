package io.cascade.catalog.internal;

import io.cascade.base.AbstractEntity;
import io.cascade.catalog.Audience;
import io.cascade.catalog.CourseStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** A unit of training, built in the order context, content, buy-in. */
@Entity
public class Course extends AbstractEntity {

    private String code;
    private String title;
    private String summary;
    @Enumerated(EnumType.STRING)
    private Audience audience;
    private Integer refresherMonths;
    @Enumerated(EnumType.STRING)
    private CourseStatus status;
    @Column(columnDefinition = "text")
    private String contextText;
    @Column(columnDefinition = "text")
    private String contentText;
    @Column(columnDefinition = "text")
    private String buyInText;
    private Instant createdAt;
    private Instant updatedAt;

    protected Course() {
    }

    public Course(String code, String title, Audience audience, Instant createdAt) {
        this.code = code;
        this.title = title;
        this.audience = audience;
        this.status = CourseStatus.DRAFT;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public void describe(String summary, String contextText, String contentText, String buyInText, Instant now) {
        this.summary = summary;
        this.contextText = contextText;
        this.contentText = contentText;
        this.buyInText = buyInText;
        this.updatedAt = now;
    }

    public void edit(String title, Audience audience, Instant now) {
        this.title = title;
        this.audience = audience;
        this.updatedAt = now;
    }

    /** Moves the course to a new status; the caller checks the transition is allowed. */
    public void changeStatus(CourseStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    public void setRefresherMonths(Integer refresherMonths, Instant now) {
        this.refresherMonths = refresherMonths;
        this.updatedAt = now;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public Audience getAudience() {
        return audience;
    }

    public Integer getRefresherMonths() {
        return refresherMonths;
    }

    public CourseStatus getStatus() {
        return status;
    }

    public String getContextText() {
        return contextText;
    }

    public String getContentText() {
        return contentText;
    }

    public String getBuyInText() {
        return buyInText;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
