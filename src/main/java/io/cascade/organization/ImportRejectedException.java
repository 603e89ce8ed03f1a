package io.cascade.organization;

/** An import that was not applied because its file has problems; nothing was changed. */
public class ImportRejectedException extends RuntimeException {

    private final ImportPreview preview;

    public ImportRejectedException(ImportPreview preview) {
        super("The file has " + preview.problems().size() + " problem(s); nothing was imported.");
        this.preview = preview;
    }

    public ImportPreview preview() {
        return preview;
    }
}
