package org.cellcompare.rank;

import java.util.Set;

import org.cellcompare.normalize.Offering;

/** A normalized offering with the section it belongs to and the flags its own row raises. */
public record StagedOffering(Offering offering, Section section, Set<Flag> flags, int score) {
}
