package org.cellcompare.history;

/** The run history cannot be trusted; the message is the one sentence the user reads, recovery included. */
public class DamagedHistoryException extends RuntimeException {

    public DamagedHistoryException(String message) {
        super(message);
    }

    public DamagedHistoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
