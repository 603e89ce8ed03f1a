package io.cascade.scheduling;

/** An attendance import that was not applied because its file has problems; nothing was changed. */
public class AttendanceImportRejectedException extends RuntimeException {

    private final AttendanceImportPreview preview;

    public AttendanceImportRejectedException(AttendanceImportPreview preview) {
        super("The file has " + preview.problems().size() + " problem(s); nothing was imported.");
        this.preview = preview;
    }

    public AttendanceImportPreview preview() {
        return preview;
    }
}
