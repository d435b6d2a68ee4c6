package org.cellcompare.normalize;

import org.cellcompare.registry.RegistryId;
import org.cellcompare.registry.TrialRecord;

/** A registration number an offering cites, and what the registry export says about it. */
public record RegistryMatch(RegistryId id, Check check, TrialRecord record) {

    /** The outcome of looking the number up. */
    public enum Check {
        /** No export from this registry was supplied: "not checked", never "not found". */
        NOT_CHECKED("not checked"),
        FOUND("found"),
        FOUND_NOT_CP("found, but not about cerebral palsy"),
        NOT_FOUND("not found in the registry export");

        private final String label;

        Check(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A number that makes the offering a registered trial: valid, and where we can check, real and about CP. */
    public boolean qualifiesAsTrial() {
        return check == Check.FOUND || check == Check.NOT_CHECKED;
    }
}
