package io.cascade.base.ui.imports;

import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import io.cascade.base.i18n.Text;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives an uploaded file of at most a given size, and checks that size on the server: an {@code Upload}'s own
 * maximum is only the browser's courtesy, which any client can skip. A larger file is refused as it streams in
 * (nothing beyond the limit is read, nor kept in memory or on disk); the browser shows the upload as failed and
 * {@code refused} is told why, in the UI's thread. Otherwise the file is handed on in the UI's thread too.
 */
public final class LimitedUpload implements UploadHandler {

    private static final Logger log = LoggerFactory.getLogger(LimitedUpload.class);
    /** What a multipart request carries around one file (boundaries, part headers): not counted against the file. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    private final long maxBytes;
    private final boolean toDisk;
    private final SerializableBiConsumer<String, File> onFile;
    private final SerializableBiConsumer<String, byte[]> onBytes;
    private final SerializableConsumer<String> refused;

    private LimitedUpload(long maxBytes, boolean toDisk, SerializableBiConsumer<String, File> onFile,
            SerializableBiConsumer<String, byte[]> onBytes, SerializableConsumer<String> refused) {
        this.maxBytes = maxBytes;
        this.toDisk = toDisk;
        this.onFile = onFile;
        this.onBytes = onBytes;
        this.refused = refused;
    }

    /**
     * Streams the file to a temporary file, so a large upload does not sit in the session's memory; {@code received}
     * owns it and deletes it when done.
     */
    public static LimitedUpload toTempFile(long maxBytes, SerializableBiConsumer<String, File> received,
            SerializableConsumer<String> refused) {
        return new LimitedUpload(maxBytes, true, received, null, refused);
    }

    /** Keeps a small file in memory. */
    public static LimitedUpload inMemory(long maxBytes, SerializableBiConsumer<String, byte[]> received,
            SerializableConsumer<String> refused) {
        return new LimitedUpload(maxBytes, false, null, received, refused);
    }

    /** "The file is larger than 30 MB, the most Cascade accepts here.", in the language of the current page. */
    public static String tooLarge(long maxBytes) {
        return tooLargeText(maxBytes).inCurrentLanguage();
    }

    private static Text tooLargeText(long maxBytes) {
        return Text.of("base.upload.tooLarge", size(maxBytes));
    }

    @Override
    public void handleUploadRequest(UploadEvent event) {
        String name = event.getFileName();
        var ui = event.getUI();
        if (event.getFileSize() > maxBytes + MULTIPART_OVERHEAD) {
            refuse(event, ui);
            return;
        }
        File file = null;
        try (InputStream in = event.getInputStream()) {
            if (toDisk) {
                file = Files.createTempFile("cascade-upload-", ".part").toFile();
                File kept = file;
                boolean fits;
                try (OutputStream out = Files.newOutputStream(kept.toPath())) {
                    fits = copyAtMost(in, out, maxBytes);
                }
                if (!fits) {
                    Files.deleteIfExists(kept.toPath());
                    refuse(event, ui);
                    return;
                }
                ui.access(() -> onFile.accept(name, kept));
            } else {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    refuse(event, ui);
                    return;
                }
                ui.access(() -> onBytes.accept(name, bytes));
            }
        } catch (IOException e) {
            if (file != null && !file.delete()) {
                log.warn("Could not delete the partial upload {}", file);
            }
            throw new UncheckedIOException("The upload of " + name + " broke off", e);
        }
    }

    private void refuse(UploadEvent event, com.vaadin.flow.component.UI ui) {
        String message = tooLargeText(maxBytes).in(ui.getLocale());
        event.reject(message);
        ui.access(() -> refused.accept(message));
    }

    /** Copies at most {@code limit} bytes; false (and stops reading) if there are more. */
    private static boolean copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) >= 0) {
            total += read;
            if (total > limit) {
                return false;
            }
            out.write(buffer, 0, read);
        }
        return true;
    }

    /** A file size as the limits are told: "30 MB", "500 KB". */
    static String size(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : (bytes + 1023) / 1024 + " KB";
    }
}
