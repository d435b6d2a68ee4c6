package org.cellcompare.rank;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cellcompare.normalize.CellSource;
import org.cellcompare.normalize.CellSource.CellOrigin;
import org.cellcompare.normalize.PriceKind;
import org.cellcompare.normalize.Route;
import org.cellcompare.travel.TripEstimate;
import org.cellcompare.travel.TripEstimate.Gap;

/**
 * Turns a {@link ShownOffering} into bytes and back: texts as UTF-8 with their length, enums by
 * name, so a staged row survives a new release that reorders an enum. The leading version byte
 * says what follows. Earlier months' rows stay in the history for the Changes sheet, so every
 * version written since is still read: version 1 had no trip estimate.
 */
public final class ShownOfferingCodec {

    private static final int VERSION = 2;
    private static final int BEFORE_TRIP_ESTIMATES = 1;

    private ShownOfferingCodec() {
    }

    public static byte[] encode(ShownOffering o) {
        Writer out = new Writer();
        out.u8(VERSION);
        out.text(o.provider());
        out.text(o.countryCode());
        out.text(o.countryText());
        out.text(o.city());
        out.text(o.program());
        out.text(o.priceText());
        out.text(o.priceKind().name());
        out.decimal(o.courseAmount());
        out.text(o.courseCurrency());
        out.decimal(o.reportingAmount());
        out.decimal(o.reportingLow());
        out.decimal(o.reportingHigh());
        out.names(o.cellSources());
        out.text(o.cellOrigin().name());
        out.text(o.cellSourceText());
        out.names(o.routes());
        out.text(o.routeText());
        out.text(RegistrationCodec.encode(o.registrations()));
        out.text(o.trialStatus());
        out.text(o.trialPhase());
        out.text(o.trialEnrollment() == null ? null : o.trialEnrollment().toString());
        out.text(o.trialSponsor());
        out.text(o.sourceText());
        out.text(o.sourceLink());
        out.text(o.lastVerified() == null ? null : o.lastVerified().toString());
        out.text(o.file());
        out.text(o.sheet());
        out.i32(o.row());
        trip(out, o.trip());
        return out.bytes();
    }

    public static ShownOffering decode(byte[] bytes) {
        Reader in = new Reader(bytes);
        try {
            int version = in.u8();
            if (version != VERSION && version != BEFORE_TRIP_ESTIMATES) {
                throw new IllegalStateException("A staged offering was written by another release of CellCompare"
                        + " (format " + version + "); run the month again with --rerun.");
            }
            return new ShownOffering(in.text(), in.text(), in.text(), in.text(), in.text(), in.text(),
                    PriceKind.valueOf(in.text()), in.decimal(), in.text(), in.decimal(), in.decimal(), in.decimal(),
                    in.names(CellSource.class), CellOrigin.valueOf(in.text()), in.text(), in.names(Route.class), in.text(),
                    RegistrationCodec.decode(in.text()), in.text(), in.text(), integer(in.text()), in.text(), in.text(),
                    in.text(), date(in.text()), in.text(), in.text(), in.i32(),
                    version == BEFORE_TRIP_ESTIMATES ? NOT_ESTIMATED : trip(in));
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalStateException("A staged offering's bytes end early; run the month again with --rerun.", e);
        }
    }

    /** What a row staged before trip estimates says of its trip. */
    private static final TripEstimate NOT_ESTIMATED = TripEstimate.none(Gap.NO_TRAVEL_DATA, null);
    /**
     * A trip is one byte, 0 for an estimate and its figures, or a gap's code and the days abroad.
     * Most rows have no program length, so they carry one byte more, not forty. Codes are fixed
     * here, in this order; a new gap is added at the end.
     */
    private static final List<Gap> GAP_CODES = List.of(Gap.STAY_UNKNOWN, Gap.NO_COURSE_COST, Gap.NO_STAY_COSTS,
            Gap.NO_TRAVEL_DATA);
    private static final int ESTIMATED = 0;

    private static void trip(Writer out, TripEstimate trip) {
        if (!trip.isEstimated()) {
            out.u8(1 + GAP_CODES.indexOf(trip.gap()));
            if (trip.gap() != Gap.STAY_UNKNOWN) {
                out.i32(trip.daysAbroad() == null ? -1 : trip.daysAbroad());
            }
            return;
        }
        out.u8(ESTIMATED);
        out.decimal(trip.amount());
        out.i32(trip.daysAbroad());
        out.text(trip.place());
        out.u8(trip.travellers());
        out.i32(trip.lodgingNights());
        out.u8(trip.flightsIncluded() ? 1 : 0);
        out.i32(trip.perDiemRow());
    }

    private static TripEstimate trip(Reader in) {
        int kind = in.u8();
        if (kind != ESTIMATED) {
            Gap gap = GAP_CODES.get(kind - 1);
            int days = gap == Gap.STAY_UNKNOWN ? -1 : in.i32();
            return TripEstimate.none(gap, days < 0 ? null : days);
        }
        return new TripEstimate(in.decimal(), in.i32(), in.text(), in.u8(), in.i32(), in.u8() == 1, null, in.i32());
    }

    private static Integer integer(String value) {
        return value == null ? null : Integer.valueOf(value);
    }

    /** LocalDate.toString's yyyy-MM-dd read directly; any other form it takes goes through LocalDate.parse. */
    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
            int year = digits(value, 0, 4);
            int month = digits(value, 5, 7);
            int day = digits(value, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(value);
    }

    /** The number the ASCII digits spell, or -1 if any is not a digit. */
    private static int digits(String value, int from, int to) {
        int number = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + c - '0';
        }
        return number;
    }

    /*
     * The layout is DataOutputStream's (big-endian lengths, -1 for null), which the first releases
     * wrote through it; these write and read it on the array itself. Through the streams, each byte
     * of a length was a synchronized call, and encoding and decoding were a large part of ranking's CPU.
     */

    private static final class Writer {

        private byte[] bytes = new byte[256];
        private int size;

        void u8(int value) {
            room(1);
            bytes[size++] = (byte) value;
        }

        void i16(int value) {
            room(2);
            bytes[size++] = (byte) (value >>> 8);
            bytes[size++] = (byte) value;
        }

        void i32(int value) {
            room(4);
            bytes[size++] = (byte) (value >>> 24);
            bytes[size++] = (byte) (value >>> 16);
            bytes[size++] = (byte) (value >>> 8);
            bytes[size++] = (byte) value;
        }

        void text(String value) {
            if (value == null) {
                i32(-1);
                return;
            }
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            i32(utf8.length);
            room(utf8.length);
            System.arraycopy(utf8, 0, bytes, size, utf8.length);
            size += utf8.length;
        }

        void decimal(BigDecimal value) {
            text(value == null ? null : value.toPlainString());
        }

        void names(Set<? extends Enum<?>> values) {
            i16(values.size());
            for (Enum<?> value : values) {
                text(value.name());
            }
        }

        byte[] bytes() {
            return Arrays.copyOf(bytes, size);
        }

        private void room(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }

    private static final class Reader {

        private final byte[] bytes;
        private int at;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        int u8() {
            return bytes[at++] & 0xFF;
        }

        int i32() {
            int value = (bytes[at] & 0xFF) << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8 | bytes[at + 3] & 0xFF;
            at += 4;
            return value;
        }

        String text() {
            int length = i32();
            if (length < 0) {
                return null;
            }
            String value = new String(bytes, at, length, StandardCharsets.UTF_8);
            at += length;
            return value;
        }

        BigDecimal decimal() {
            String value = text();
            return value == null ? null : new BigDecimal(value);
        }

        <E extends Enum<E>> Set<E> names(Class<E> type) {
            Set<E> set = EnumSet.noneOf(type);
            int count = (short) ((bytes[at] & 0xFF) << 8 | bytes[at + 1] & 0xFF);
            at += 2;
            for (int n = count; n > 0; n--) {
                set.add(Enum.valueOf(type, text()));
            }
            return set;
        }
    }
}
