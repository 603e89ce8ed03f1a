package io.cascade.catalog.internal;

import io.cascade.base.AbstractEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import java.time.Instant;

/** The file of a DOCUMENT module, stored in the database with the course. */
@Entity
public class CourseDocument extends AbstractEntity {

    private Long moduleId;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    @Basic(fetch = FetchType.LAZY)
    @Lob
    private byte[] content;
    private Instant uploadedAt;

    protected CourseDocument() {
    }

    public CourseDocument(Long moduleId) {
        this.moduleId = moduleId;
    }

    public void replace(String fileName, String contentType, byte[] content, Instant when) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.uploadedAt = when;
    }

    public Long getModuleId() {
        return moduleId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
