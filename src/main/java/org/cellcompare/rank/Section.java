package org.cellcompare.rank;

/** Registered trials are research; commercial clinics sell. The workbook never mixes them. */
public enum Section {
    TRIAL, CLINIC
}
