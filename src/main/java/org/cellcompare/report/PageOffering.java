package org.cellcompare.report;

/**
 * One offering as the web page shows it, every value worded and formatted already, as text the
 * template engine escapes. A link is null unless its address is http or https; its text is then
 * shown alone. {@code costValue} is the course cost as a plain number, for whoever reads the page
 * by machine, and {@code concernLevel} names the level's colour.
 */
record PageOffering(int rank, String provider, String place, String program, String cells, String routes,
                    String cost, String costValue, String priceAsWritten, String trip, String concernLevel,
                    String concern, String why, String registryIds, String registryHref, String source,
                    String sourceHref, String lastVerified, String lastVerifiedIso) {
}
