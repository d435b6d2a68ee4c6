package org.cellcompare.rank;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Runs a query over a whole run and hands its rows over one at a time, as the database yields
 * them. H2 would otherwise build the whole result first, in memory and past a limit in a
 * temporary file: with a million rows that filled a 512 MB heap. Its lazy execution, set for the
 * one query, streams the rows. PostgreSQL's driver streams them only when given a fetch size and
 * inside a transaction; otherwise it too holds the whole result, and at a million rows the
 * workbook ran out of a 512 MB heap.
 */
public final class StreamedRows {

    private static final int ROWS_PER_FETCH = 1_000;

    private StreamedRows() {
    }

    public static void forEach(JdbcTemplate jdbc, String sql, RowCallbackHandler each, Object... parameters) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            boolean lazy = isH2(connection);
            // the ranked sheets are read on threads of their own, outside the step's transaction
            boolean ownTransaction = !lazy && connection.getAutoCommit();
            if (lazy) {
                setLazy(connection, true);
            } else if (ownTransaction) {
                connection.setAutoCommit(false);
            }
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setFetchSize(ROWS_PER_FETCH);
                for (int i = 0; i < parameters.length; i++) {
                    query.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        each.processRow(rs);
                    }
                }
            } finally {
                if (lazy) {
                    setLazy(connection, false);
                } else if (ownTransaction) {
                    connection.commit();
                    connection.setAutoCommit(true);
                }
            }
            return null;
        });
    }

    public static boolean isH2(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().equals("H2");
    }

    private static void setLazy(Connection connection, boolean lazy) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LAZY_QUERY_EXECUTION " + lazy);
        }
    }
}
