package org.cellcompare.rank;

/** Bands of the concern score. There is deliberately no "safe". */
public enum ConcernLevel {
    LOWER, MODERATE, HIGH, VERY_HIGH
}
