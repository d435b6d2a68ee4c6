package org.cellcompare.config;

/** How to read a date such as 03/04/2026, whose day and month could be either way round. */
public enum DateOrder {
    DAY_FIRST("day/month"),
    MONTH_FIRST("month/day");

    private final String label;

    DateOrder(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
