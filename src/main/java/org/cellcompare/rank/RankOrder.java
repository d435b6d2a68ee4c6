package org.cellcompare.rank;

import java.io.ByteArrayOutputStream;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

import org.cellcompare.text.Folding;

/**
 * The spec's ranking as one byte string per offering, so the database sorts a section by a single
 * binary column (and H2 can read it in order from an index) instead of by ten columns with mixed
 * directions and null rules. Binary comparison is the same in H2 and PostgreSQL, whatever their
 * collations.
 *
 * <p>Trials: concern, open for recruitment first, later phase first. Clinics: concern, then
 * course cost with unpriced last. Then provider, country (unknown last), program (none first),
 * file, sheet (none first) and row, so the input's order never matters. Text parts end with a
 * zero byte, which sorts below every character, so "Ana" comes before "Ana Maria".
 */
public final class RankOrder {

    private static final int AMOUNT_DIGITS = 30;

    private RankOrder() {
    }

    public static byte[] key(Section section, ConcernLevel concern, ShownOffering o, boolean trialOpen, double phaseRank) {
        ByteArrayOutputStream key = new ByteArrayOutputStream(96);
        key.write('0' + concern.ordinal());
        if (section == Section.TRIAL) {
            key.write(trialOpen ? '0' : '1');
            digits(key, Long.toString(1000 - Math.round(phaseRank * 10)), 4);
        } else if (o.reportingAmount() == null) {
            key.write('1');
        } else {
            key.write('0');
            digits(key, o.reportingAmount().setScale(2, RoundingMode.HALF_UP).unscaledValue().toString(), AMOUNT_DIGITS);
        }
        text(key, Folding.words(o.provider()));
        if (o.countryCode() == null) {
            key.write('1');
        } else {
            key.write('0');
            text(key, o.countryCode());
        }
        if (o.program() == null) {
            key.write('0');
        } else {
            key.write('1');
            text(key, o.program());
        }
        text(key, o.file());
        if (o.sheet() == null) {
            key.write('0');
        } else {
            key.write('1');
            text(key, o.sheet());
        }
        digits(key, Integer.toString(o.row()), 10);
        return key.toByteArray();
    }

    /** The same key with another concern level, which is all that ranking changes. */
    public static byte[] withConcern(byte[] key, ConcernLevel concern) {
        byte[] changed = key.clone();
        changed[0] = (byte) ('0' + concern.ordinal());
        return changed;
    }

    private static void digits(ByteArrayOutputStream key, String digits, int width) {
        for (int i = digits.length(); i < width; i++) {
            key.write('0');
        }
        key.writeBytes(digits.getBytes(StandardCharsets.US_ASCII));
    }

    private static void text(ByteArrayOutputStream key, String value) {
        key.writeBytes(value.replace('\0', ' ').getBytes(StandardCharsets.UTF_8));
        key.write(0);
    }
}
