package org.cellcompare.registry;

/** A trial registration number in its registry's canonical form, e.g. {@code NCT02569775}. */
public record RegistryId(Registry registry, String id) {

    public String link() {
        return registry.linkTo(id);
    }

    @Override
    public String toString() {
        return id;
    }
}
