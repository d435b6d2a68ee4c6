package org.cellcompare.normalize;

/** Whether a trial charges the patient. */
public enum PatientPays {
    YES, NO, UNKNOWN
}
