package io.cascade.catalog;

import static io.cascade.catalog.CatalogRecords.describe;

import io.cascade.audit.AuditLog;
import io.cascade.catalog.internal.Course;
import io.cascade.catalog.internal.CourseDocumentRepository;
import io.cascade.catalog.internal.CourseModule;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files of DOCUMENT modules: trainers and admins upload them (audited), within the allowed types and size; anyone
 * signed in downloads one only from a course they may read (see {@link CourseService}). A module and its file can
 * also be saved together with {@link CourseModuleService#addModule(long, ModuleDraft, DocumentUpload)}.
 */
@Service
@Transactional(readOnly = true)
public class CourseDocumentService {

    /** Office documents, PDFs, plain text and images: what a trainer hands out, nothing executable. */
    public static final Set<String> DOCUMENT_EXTENSIONS = Set.of("pdf", "doc", "docx", "ppt", "pptx", "xls", "xlsx",
            "odt", "odp", "ods", "txt", "png", "jpg", "jpeg");

    private final CourseDocumentRepository documents;
    private final CourseAccess access;
    private final DocumentStore documentStore;
    private final AuditLog auditLog;

    CourseDocumentService(CourseDocumentRepository documents, CourseAccess access, DocumentStore documentStore,
            AuditLog auditLog) {
        this.documents = documents;
        this.access = access;
        this.documentStore = documentStore;
        this.auditLog = auditLog;
    }

    /** The largest document a trainer may upload, in bytes. */
    @PreAuthorize("isAuthenticated()")
    public long maxDocumentBytes() {
        return documentStore.maxBytes();
    }

    /**
     * Stores (or replaces) the file of a DOCUMENT module. Refused with a message naming the limit when the file is
     * empty, larger than {@link #maxDocumentBytes()} or not one of {@link #DOCUMENT_EXTENSIONS}.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public DocumentInfo uploadDocument(long moduleId, String fileName, String contentType, byte[] content) {
        CourseModule module = access.module(moduleId);
        Course course = access.editableCourse(module.getCourseId());
        DocumentInfo before = documents.findInfoByModuleId(moduleId).orElse(null);
        DocumentInfo stored = documentStore.store(module, new DocumentUpload(fileName, contentType, content));
        auditLog.record(CourseModuleService.MODULE, moduleId, "UPLOAD_DOCUMENT", "Uploaded " + stored.fileName()
                + " to module \"" + module.getTitle() + "\" of " + describe(course), before, stored);
        return stored;
    }

    /** The file name and size of a document module; refused for a module of a course the caller may not read. */
    @PreAuthorize("isAuthenticated()")
    public Optional<DocumentInfo> documentInfo(long moduleId) {
        access.readableModule(moduleId);
        return documents.findInfoByModuleId(moduleId);
    }

    /** The file of a document module, for download; refused for a module of a course the caller may not read. */
    @PreAuthorize("isAuthenticated()")
    public Optional<DocumentFile> documentFile(long moduleId) {
        access.readableModule(moduleId);
        return documents.findByModuleId(moduleId)
                .map(document -> new DocumentFile(document.getFileName(), document.getContentType(),
                        document.getContent()));
    }
}
