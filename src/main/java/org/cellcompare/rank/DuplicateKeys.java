package org.cellcompare.rank;

/**
 * A 64-bit hash of an offering's duplicate key (provider, country and program, folded). Ranking
 * groups rows by the number, which the database indexes cheaply, then compares the keys
 * themselves, so two keys that happen to share a hash are never merged.
 */
public final class DuplicateKeys {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private DuplicateKeys() {
    }

    /** FNV-1a over the key's characters. */
    public static long hash(String key) {
        long hash = FNV_OFFSET;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            hash = (hash ^ (c & 0xff)) * FNV_PRIME;
            hash = (hash ^ (c >>> 8)) * FNV_PRIME;
        }
        return hash;
    }
}
