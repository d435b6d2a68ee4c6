package org.cellcompare.normalize;

/** Where the cells come from, in the controlled vocabulary of the spec. */
public enum CellSource {
    AUTOLOGOUS_CORD_BLOOD("Autologous cord blood", CellOrigin.AUTOLOGOUS),
    ALLOGENEIC_CORD_BLOOD("Allogeneic cord blood", CellOrigin.ALLOGENEIC),
    UMBILICAL_CORD_MSC("Umbilical-cord MSC", CellOrigin.ALLOGENEIC),
    BONE_MARROW_MNC("Bone-marrow mononuclear cells", CellOrigin.AUTOLOGOUS),
    BONE_MARROW_MSC("Bone-marrow MSC", CellOrigin.UNKNOWN),
    ADIPOSE_DERIVED("Adipose-derived", CellOrigin.AUTOLOGOUS),
    PLACENTAL_AMNIOTIC("Placental/amniotic", CellOrigin.ALLOGENEIC),
    NEURAL_PROGENITOR("Neural stem/progenitor", CellOrigin.ALLOGENEIC),
    EMBRYONIC_OR_FETAL("Embryonic or fetal", CellOrigin.ALLOGENEIC),
    CELL_FREE("Cell-free (exosomes, secretome)", CellOrigin.UNKNOWN),
    UNSPECIFIED("Not specified", CellOrigin.UNKNOWN);

    private final String label;
    private final CellOrigin usualOrigin;

    CellSource(String label, CellOrigin usualOrigin) {
        this.label = label;
        this.usualOrigin = usualOrigin;
    }

    public String label() {
        return label;
    }

    /** The origin these cells nearly always have when the row does not say. */
    public CellOrigin usualOrigin() {
        return usualOrigin;
    }

    /** Whose cells: the patient's own, a donor's, or not said. */
    public enum CellOrigin {
        AUTOLOGOUS("autologous"),
        ALLOGENEIC("allogeneic"),
        UNKNOWN("origin not stated");

        private final String label;

        CellOrigin(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
