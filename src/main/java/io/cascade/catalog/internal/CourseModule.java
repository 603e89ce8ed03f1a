package io.cascade.catalog.internal;

import io.cascade.base.AbstractEntity;
import io.cascade.catalog.ModuleKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One ordered step of a course: content to read or watch, a quiz, or a reflection prompt. */
@Entity
public class CourseModule extends AbstractEntity {

    private Long courseId;
    private int position;
    private String title;
    @Enumerated(EnumType.STRING)
    private ModuleKind kind;
    @Column(columnDefinition = "text")
    private String body;
    private String url;
    private boolean required = true;
    private Integer passMark;
    private Integer maxAttempts;

    protected CourseModule() {
    }

    public CourseModule(Long courseId, int position, String title, ModuleKind kind, String body, String url) {
        this.courseId = courseId;
        this.position = position;
        this.title = title;
        this.kind = kind;
        this.body = body;
        this.url = url;
    }

    public void edit(String title, String body, String url) {
        this.title = title;
        this.body = body;
        this.url = url;
    }

    public void moveTo(int position) {
        this.position = position;
    }

    public Long getCourseId() {
        return courseId;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public ModuleKind getKind() {
        return kind;
    }

    public String getBody() {
        return body;
    }

    public String getUrl() {
        return url;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public Integer getPassMark() {
        return passMark;
    }

    public Integer getMaxAttempts() {
        return maxAttempts;
    }

    public void setQuizRules(Integer passMark, Integer maxAttempts) {
        this.passMark = passMark;
        this.maxAttempts = maxAttempts;
    }
}
