package org.cellcompare.report;

import java.util.Set;

import org.cellcompare.rank.ConcernLevel;
import org.cellcompare.rank.Flag;
import org.cellcompare.rank.ShownOffering;

/** One ranked offering as the workbook shows it: the offering as staged, and what ranking made of it. */
record RankedRow(ShownOffering shown, ConcernLevel concern, int score, Set<Flag> flags, String alsoListedIn) {
}
