package io.cascade.catalog;

import io.cascade.base.i18n.Text;
import io.cascade.catalog.internal.CourseDocument;
import io.cascade.catalog.internal.CourseDocumentRepository;
import io.cascade.catalog.internal.CourseModule;
import java.time.Clock;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Stores (or replaces) the file of a DOCUMENT module, for the module and document services alike: one of
 * {@link CourseDocumentService#DOCUMENT_EXTENSIONS}, not empty, at most {@link #maxBytes()}; a refusal names the
 * limit. Called inside the services' transactions, behind their security and audit.
 */
@Component
class DocumentStore {

    private final CourseDocumentRepository documents;
    private final long maxBytes;
    private final Clock clock;

    DocumentStore(CourseDocumentRepository documents,
            @Value("${cascade.documents.max-bytes:10485760}") long maxBytes, Clock clock) {
        this.documents = documents;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /** The largest document a trainer may upload, in bytes. */
    long maxBytes() {
        return maxBytes;
    }

    DocumentInfo store(CourseModule module, DocumentUpload file) {
        long moduleId = module.getId();
        String fileName = file.fileName();
        String contentType = file.contentType();
        byte[] content = file.content();
        if (module.getKind() != ModuleKind.DOCUMENT) {
            throw new CatalogRuleException("file", Text.of("catalog.document.onlyDocumentModule"));
        }
        String name = fileName == null ? "" : fileName.strip();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)
                : "";
        if (!CourseDocumentService.DOCUMENT_EXTENSIONS.contains(extension)) {
            throw new CatalogRuleException("file", Text.of("catalog.document.typeRefused",
                    String.join(", ", CourseDocumentService.DOCUMENT_EXTENSIONS.stream().sorted().toList())));
        }
        if (content == null || content.length == 0) {
            throw new CatalogRuleException("file", Text.of("catalog.document.empty"));
        }
        if (content.length > maxBytes) {
            throw new CatalogRuleException("file", Text.of("catalog.document.tooLarge",
                    megabytes(content.length), megabytes(maxBytes)));
        }
        CourseDocument document = documents.findByModuleId(moduleId).orElseGet(() -> new CourseDocument(moduleId));
        String type = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        document.replace(name.length() > 255 ? name.substring(name.length() - 255) : name, type, content,
                clock.instant());
        document = documents.save(document);
        return new DocumentInfo(moduleId, document.getFileName(), document.getContentType(), document.getSizeBytes(),
                document.getUploadedAt());
    }

    /** The size in megabytes, for a message that shows it with one decimal in the reader's language. */
    private static double megabytes(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
