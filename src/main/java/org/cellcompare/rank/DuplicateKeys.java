package org.cellcompare.rank;

/**
 * Two independent 64-bit hashes of an offering's duplicate key (provider, country and program,
 * folded). The first is staged with the row; ranking groups rows by it, and tells apart keys that
 * only share it by the second, worked out as it reads the key. Ranking keeps two numbers per row
 * rather than a million keys: for two different keys to agree in both, among a million rows, has
 * a chance of about one in 10^26.
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

    /** A multiply-and-shift hash unlike FNV, finished with MurmurHash3's mixing step. */
    public static long check(String key) {
        long check = key.length();
        for (int i = 0; i < key.length(); i++) {
            check = (check ^ key.charAt(i)) * 0x9E3779B97F4A7C15L;
            check ^= check >>> 29;
        }
        check ^= check >>> 33;
        check *= 0xff51afd7ed558ccdL;
        check ^= check >>> 33;
        check *= 0xc4ceb9fe1a85ec53L;
        return check ^ (check >>> 33);
    }
}
