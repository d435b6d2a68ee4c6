package org.cellcompare.normalize;

/** How the cells are given; a course may use several. */
public enum Route {
    INTRAVENOUS("Intravenous"),
    INTRATHECAL("Intrathecal (lumbar puncture)"),
    INTRAMUSCULAR("Intramuscular"),
    INTRA_ARTERIAL("Intra-arterial"),
    INTRACEREBRAL("Intracerebral/intraventricular"),
    INTRANASAL("Intranasal"),
    SUBCUTANEOUS("Subcutaneous"),
    UNSPECIFIED("Not specified");

    private final String label;

    Route(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
