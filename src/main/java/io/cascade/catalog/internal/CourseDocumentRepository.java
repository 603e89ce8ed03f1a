package io.cascade.catalog.internal;

import io.cascade.catalog.DocumentInfo;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CourseDocumentRepository extends JpaRepository<CourseDocument, Long> {

    Optional<CourseDocument> findByModuleId(Long moduleId);

    /** The file's description without loading its content. */
    @Query("""
            select new io.cascade.catalog.DocumentInfo(d.moduleId, d.fileName, d.contentType, d.sizeBytes, d.uploadedAt)
            from CourseDocument d where d.moduleId = :moduleId""")
    Optional<DocumentInfo> findInfoByModuleId(Long moduleId);

    void deleteByModuleId(Long moduleId);
}
