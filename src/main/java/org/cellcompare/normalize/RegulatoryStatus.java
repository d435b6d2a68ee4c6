package org.cellcompare.normalize;

/** What a regulator has said about the offering. */
public enum RegulatoryStatus {
    APPROVED_PRODUCT("Approved product"),
    REGISTERED_TRIAL("Registered trial"),
    SPECIAL_EXEMPTION("Special/hospital exemption"),
    UNREGULATED("Unregulated"),
    UNKNOWN("Unknown");

    private final String label;

    RegulatoryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
