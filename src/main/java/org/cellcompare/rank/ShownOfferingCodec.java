package org.cellcompare.rank;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.cellcompare.normalize.CellSource;
import org.cellcompare.normalize.CellSource.CellOrigin;
import org.cellcompare.normalize.PriceKind;
import org.cellcompare.normalize.Route;

/**
 * Turns a {@link ShownOffering} into bytes and back: texts as UTF-8 with their length, enums by
 * name, so a staged row survives a new release that reorders an enum. Staging lives for one run;
 * the leading version byte makes a resumed run of an older release fail clearly, not oddly.
 */
public final class ShownOfferingCodec {

    private static final int VERSION = 1;

    private ShownOfferingCodec() {
    }

    public static byte[] encode(ShownOffering o) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            text(out, o.provider());
            text(out, o.countryCode());
            text(out, o.countryText());
            text(out, o.city());
            text(out, o.program());
            text(out, o.priceText());
            text(out, o.priceKind().name());
            decimal(out, o.courseAmount());
            text(out, o.courseCurrency());
            decimal(out, o.reportingAmount());
            decimal(out, o.reportingLow());
            decimal(out, o.reportingHigh());
            names(out, o.cellSources());
            text(out, o.cellOrigin().name());
            text(out, o.cellSourceText());
            names(out, o.routes());
            text(out, o.routeText());
            text(out, RegistrationCodec.encode(o.registrations()));
            text(out, o.trialStatus());
            text(out, o.trialPhase());
            text(out, o.trialEnrollment() == null ? null : o.trialEnrollment().toString());
            text(out, o.trialSponsor());
            text(out, o.sourceText());
            text(out, o.sourceLink());
            text(out, o.lastVerified() == null ? null : o.lastVerified().toString());
            text(out, o.file());
            text(out, o.sheet());
            out.writeInt(o.row());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static ShownOffering decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int version = in.readUnsignedByte();
            if (version != VERSION) {
                throw new IllegalStateException("A staged offering was written by another release of CellCompare"
                        + " (format " + version + "); run the month again with --rerun.");
            }
            return new ShownOffering(text(in), text(in), text(in), text(in), text(in), text(in),
                    PriceKind.valueOf(text(in)), decimal(in), text(in), decimal(in), decimal(in), decimal(in),
                    names(in, CellSource.class), CellOrigin.valueOf(text(in)), text(in), names(in, Route.class), text(in),
                    RegistrationCodec.decode(text(in)), text(in), text(in), integer(text(in)), text(in), text(in),
                    text(in), date(text(in)), text(in), text(in), in.readInt());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static void decimal(DataOutputStream out, BigDecimal value) throws IOException {
        text(out, value == null ? null : value.toPlainString());
    }

    private static BigDecimal decimal(DataInputStream in) throws IOException {
        String value = text(in);
        return value == null ? null : new BigDecimal(value);
    }

    private static void names(DataOutputStream out, Set<? extends Enum<?>> values) throws IOException {
        out.writeShort(values.size());
        for (Enum<?> value : values) {
            text(out, value.name());
        }
    }

    private static <E extends Enum<E>> Set<E> names(DataInputStream in, Class<E> type) throws IOException {
        Set<E> set = EnumSet.noneOf(type);
        for (int n = in.readShort(); n > 0; n--) {
            set.add(Enum.valueOf(type, text(in)));
        }
        return set;
    }

    private static Integer integer(String value) {
        return value == null ? null : Integer.valueOf(value);
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }
}
