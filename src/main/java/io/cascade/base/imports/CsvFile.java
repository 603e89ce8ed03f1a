package io.cascade.base.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an import file: strict UTF-8 (an optional byte-order mark is skipped), RFC 4180 CSV with a header row naming
 * the expected columns in any order; a cell Cascade's exports defused against spreadsheets ({@link CsvCells}) reads
 * as it was. Never throws on bad input: whatever cannot be read becomes a problem with its
 * line number, and the rows read so far are kept so that their own problems are reported too.
 */
public final class CsvFile {

    /** A data row: its first line in the file and its values by column name (stripped). */
    public record Row(int line, Map<String, String> values) {

        public String get(String column) {
            return values.getOrDefault(column, "");
        }
    }

    public record Parsed(List<Row> rows, List<ImportProblem> problems) {
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private CsvFile() {
    }

    public static Parsed read(byte[] bytes, List<String> columns) {
        List<ImportProblem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        String text = decode(bytes, problems);
        if (text == null) {
            return new Parsed(rows, problems);
        }
        if (text.isBlank()) {
            problems.add(new ImportProblem(0, null, "The file is empty. The first line must name the columns: "
                    + String.join(",", columns) + "."));
            return new Parsed(rows, problems);
        }
        int[] lineStarts = lineStarts(text);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            Map<Integer, String> columnAt = null;
            for (CSVRecord record : parser) {
                int line = lineOf(lineStarts, record.getCharacterPosition());
                if (columnAt == null) {
                    columnAt = header(record, columns, problems);
                    if (columnAt == null) {
                        return new Parsed(rows, problems);
                    }
                    continue;
                }
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (record.size() != columnAt.size()) {
                    problems.add(new ImportProblem(line, null, "Expected " + columnAt.size() + " values, found "
                            + record.size() + ". Put values containing commas in double quotes."));
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < record.size(); i++) {
                    values.put(columnAt.get(i), CsvCells.undefused(record.get(i)).strip());
                }
                rows.add(new Row(line, values));
            }
            if (columnAt == null) {
                problems.add(new ImportProblem(0, null, "The file has no header row."));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            // commons-csv reports an unclosed quote and similar damage this way, with the line in its message
            problems.add(new ImportProblem(lineOfError(e.getMessage()), null,
                    "The file cannot be read from here on: " + plain(e.getMessage())
                            + ". Check the double quotes on this line."));
        }
        return new Parsed(rows, problems);
    }

    private static Map<Integer, String> header(CSVRecord record, List<String> columns, List<ImportProblem> problems) {
        Map<Integer, String> columnAt = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
            if (columns.contains(name) && !columnAt.containsValue(name)) {
                columnAt.put(i, name);
            } else {
                unknown.add(record.get(i).length() > 40 ? record.get(i).substring(0, 40) + "…" : record.get(i));
            }
        }
        List<String> missing = columns.stream().filter(c -> !columnAt.containsValue(c)).toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            problems.add(new ImportProblem(1, null, (missing.isEmpty() ? "" : "Missing column(s): "
                    + String.join(", ", missing) + ". ") + (unknown.isEmpty() ? "" : "Unknown or repeated column(s): "
                    + String.join(", ", unknown) + ". ") + "The header must be: " + String.join(",", columns)));
            return null;
        }
        return columnAt;
    }

    /** Strict UTF-8; on the first invalid byte, a problem naming its line. */
    private static String decode(byte[] bytes, List<ImportProblem> problems) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = start; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            problems.add(new ImportProblem(line, null, "The file is not UTF-8 text (an invalid byte at line " + line
                    + "). Save it as \"CSV UTF-8\" and try again."));
            return null;
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        if (text.indexOf('\0') >= 0) {
            int line = (int) text.substring(0, text.indexOf('\0')).chars().filter(c -> c == '\n').count() + 1;
            problems.add(new ImportProblem(line, null, "The file contains binary data, not CSV text."));
            return null;
        }
        return text;
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    private static int lineOf(int[] lineStarts, long position) {
        int index = Arrays.binarySearch(lineStarts, (int) position);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    private static int lineOfError(String message) {
        if (message != null) {
            var matcher = java.util.regex.Pattern.compile("line (\\d+)").matcher(message);
            if (matcher.find()) {
                try {
                    return Integer.parseInt(matcher.group(1));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }

    private static String plain(String message) {
        if (message == null) {
            return "unexpected end of a quoted value";
        }
        String cleaned = message.replaceAll("^[A-Za-z.]+Exception: ", "").replaceAll("\\s+", " ");
        return cleaned.length() > 160 ? cleaned.substring(0, 160) + "…" : cleaned;
    }
}
