package io.cascade.base.imports;

/**
 * Cells of the CSV files Cascade writes, so that no spreadsheet runs them (CSV or formula injection): a cell that
 * begins with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return is prefixed with {@code '}, which
 * spreadsheets show as text. Cascade's own imports read such a cell back as it was written, so importing an export
 * changes nothing.
 */
public final class CsvCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCells() {
    }

    /** The value as a cell no spreadsheet evaluates. */
    public static String defused(String value) {
        return startsFormula(value, 0) ? "'" + value : value;
    }

    /** The value a {@link #defused(String) defused} cell stood for; any other cell as it is. */
    public static String undefused(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && startsFormula(cell, 1) ? cell.substring(1) : cell;
    }

    private static boolean startsFormula(String value, int at) {
        return value.length() > at && FORMULA_STARTS.indexOf(value.charAt(at)) >= 0;
    }
}
