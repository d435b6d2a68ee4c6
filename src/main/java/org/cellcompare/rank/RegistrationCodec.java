package org.cellcompare.rank;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.cellcompare.normalize.RegistryMatch;
import org.cellcompare.registry.Registry;
import org.cellcompare.registry.RegistryId;

/** Stores the registrations an offering cites as "ID REGISTRY CHECK;..." and reads them back for the report. */
public final class RegistrationCodec {

    private RegistrationCodec() {
    }

    public static String encode(List<RegistryMatch> matches) {
        if (matches.isEmpty()) {
            return null;
        }
        return matches.stream().map(m -> m.id().id() + " " + m.id().registry().name() + " " + m.check().name())
                .collect(Collectors.joining(";"));
    }

    /** The cited registrations, without the registry record (the offering row carries what the report needs). */
    public static List<RegistryMatch> decode(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return List.of();
        }
        return Arrays.stream(encoded.split(";")).map(entry -> entry.split(" "))
                .map(parts -> new RegistryMatch(new RegistryId(Registry.valueOf(parts[1]), parts[0]),
                        RegistryMatch.Check.valueOf(parts[2]), null))
                .toList();
    }
}
