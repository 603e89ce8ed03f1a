package io.cascade.base.ui.imports;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import io.cascade.base.i18n.Language;
import io.cascade.base.ui.Formats;

/**
 * The texts an {@link Upload} shows by itself (its button, drop hint, errors and progress) in the language of the
 * page, instead of the web component's English. An English page keeps the web component's own texts, which the
 * English bundle repeats for the translators.
 */
public final class UploadTexts {

    private UploadTexts() {
    }

    /** Gives {@code upload} its texts in the page's language; call it before the upload is shown. */
    public static Upload apply(Upload upload) {
        if (Formats.language() == Language.ENGLISH) {
            return upload;
        }
        var i18n = new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(text(upload, "base.upload.drop.one"))
                        .setMany(text(upload, "base.upload.drop.many")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(text(upload, "base.upload.add.one"))
                        .setMany(text(upload, "base.upload.add.many")))
                .setError(new UploadI18N.Error().setTooManyFiles(text(upload, "base.upload.error.tooManyFiles"))
                        .setFileIsTooBig(text(upload, "base.upload.error.fileIsTooBig"))
                        .setIncorrectFileType(text(upload, "base.upload.error.incorrectFileType")))
                .setFile(new UploadI18N.File().setRetry(text(upload, "base.upload.file.retry"))
                        .setStart(text(upload, "base.upload.file.start"))
                        .setRemove(text(upload, "base.upload.file.remove")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(text(upload, "base.upload.status.connecting"))
                                .setStalled(text(upload, "base.upload.status.stalled"))
                                .setProcessing(text(upload, "base.upload.status.processing"))
                                .setHeld(text(upload, "base.upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(text(upload, "base.upload.remainingTime.prefix"))
                                .setUnknown(text(upload, "base.upload.remainingTime.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(text(upload, "base.upload.failed.serverUnavailable"))
                                .setUnexpectedServerError(text(upload, "base.upload.failed.serverError"))
                                .setForbidden(text(upload, "base.upload.failed.forbidden"))));
        upload.setI18n(i18n);
        return upload;
    }

    private static String text(Upload upload, String key) {
        return upload.getTranslation(key);
    }
}
