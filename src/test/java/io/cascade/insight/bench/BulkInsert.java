package io.cascade.insight.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Buffers rows of one table and writes them as multi-row INSERTs ({@code values (...), (...), ...}) of up to
 * {@value #ROWS_PER_STATEMENT} rows: one round trip per thousand rows, whatever the JDBC driver's batch settings.
 */
final class BulkInsert implements AutoCloseable {

    private static final int ROWS_PER_STATEMENT = 1000;

    private final Connection connection;
    private final String table;
    private final String columns;
    private final int width;
    private final List<Object[]> buffer = new ArrayList<>(ROWS_PER_STATEMENT);
    private PreparedStatement fullStatement;
    private long rows;

    BulkInsert(Connection connection, String table, String... columns) {
        this.connection = connection;
        this.table = table;
        this.columns = String.join(", ", columns);
        this.width = columns.length;
    }

    void row(Object... values) throws SQLException {
        if (values.length != width) {
            throw new IllegalArgumentException(table + " has " + width + " columns, got " + values.length);
        }
        buffer.add(values);
        rows++;
        if (buffer.size() == ROWS_PER_STATEMENT) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    private void flush() throws SQLException {
        if (buffer.isEmpty()) {
            return;
        }
        PreparedStatement statement;
        if (buffer.size() == ROWS_PER_STATEMENT) {
            if (fullStatement == null) {
                fullStatement = connection.prepareStatement(sql(ROWS_PER_STATEMENT));
            }
            statement = fullStatement;
        } else {
            statement = connection.prepareStatement(sql(buffer.size()));
        }
        int index = 1;
        for (Object[] values : buffer) {
            for (Object value : values) {
                if (value == null) {
                    statement.setNull(index++, Types.NULL);
                } else {
                    statement.setObject(index++, value);
                }
            }
        }
        statement.executeUpdate();
        if (statement != fullStatement) {
            statement.close();
        }
        buffer.clear();
    }

    private String sql(int rowCount) {
        String row = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
        return "insert into " + table + " (" + columns + ") values "
                + String.join(", ", Collections.nCopies(rowCount, row));
    }

    @Override
    public void close() throws SQLException {
        flush();
        if (fullStatement != null) {
            fullStatement.close();
        }
    }
}
