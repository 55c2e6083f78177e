package io.auditpack.cli;

import java.sql.SQLException;

/**
 * The run history could not be opened (the database refused the connection, the disk is full, a file cannot be
 * read): the message names the database and the first reason the database gave, never a Spring bean.
 */
final class HistoryUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HistoryUnavailableException(String database, RuntimeException failure) {
        super(
                "the run history " + database + " cannot be opened: " + reason(failure)
                        + "; the published packs do not depend on it and were not touched",
                failure);
    }

    /** The database's own words when it gave some, else the deepest message. */
    private static String reason(Throwable failure) {
        String deepest = String.valueOf(failure.getMessage());
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getMessage() != null) {
                return sql.getMessage().lines().findFirst().orElse("").replaceAll(" \\[[0-9-]+]$", "");
            }
            if (cause.getMessage() != null) {
                deepest = cause.getMessage();
            }
        }
        return deepest;
    }
}
