package org.cellcompare.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.cellcompare.normalize.CellSource;
import org.cellcompare.normalize.CellSource.CellOrigin;
import org.cellcompare.normalize.PriceKind;
import org.cellcompare.normalize.RegistryMatch;
import org.cellcompare.normalize.Route;
import org.cellcompare.registry.Registry;
import org.cellcompare.registry.RegistryId;
import org.cellcompare.travel.TripEstimate;
import org.cellcompare.travel.TripEstimate.Gap;

/**
 * A staged offering's bytes outlive the release that wrote them: a run stopped under one release
 * is resumed by the next, and earlier months' rows are read for the Changes sheet, so each must be
 * read as written. These bytes were written by the release of 1 December 2026, before trip estimates.
 */
class ShownOfferingCodecTests {

    private static final TripEstimate NOT_ESTIMATED = TripEstimate.none(Gap.NO_TRAVEL_DATA, null);
    private static final TripEstimate BEIJING = new TripEstimate(new BigDecimal("41234.56"), 44, "Beijing", 2, 2, true, null, 217);

    private static final ShownOffering FULL = new ShownOffering("Clínica Celular Bogotá — 幹細胞", "CO", "Colombia",
            "Bogotá", "Programa 5 aplicaciones", "COP 45.000.000 (5 aplicaciones)", PriceKind.RANGE,
            new BigDecimal("45000000.0000"), "COP", new BigDecimal("10234.57"), new BigDecimal("9000.00"),
            new BigDecimal("12000.5"), EnumSet.of(CellSource.UMBILICAL_CORD_MSC, CellSource.BONE_MARROW_MNC),
            CellOrigin.ALLOGENEIC, "células madre de cordón 🧬", EnumSet.of(Route.INTRAVENOUS), "IV + intratecal",
            List.of(new RegistryMatch(new RegistryId(Registry.CLINICALTRIALS_GOV, "NCT01234567"), RegistryMatch.Check.FOUND, null),
                    new RegistryMatch(new RegistryId(Registry.ISRCTN, "ISRCTN12345678"), RegistryMatch.Check.NOT_FOUND, null)),
            "Recruiting", "Phase 2/3", 120, "Universidad Nacional", "Web page, 2026", "https://example.org/a?b=c&d=e",
            LocalDate.of(2026, 3, 9), "offerings-01.xlsx", "Hoja 1", 12345, NOT_ESTIMATED);

    private static final ShownOffering SPARSE = new ShownOffering("P", null, null, null, null, null, PriceKind.NONE, null, null,
            null, null, null, Set.of(), CellOrigin.UNKNOWN, null, Set.of(), null, List.of(), null, null, null, null, null, null,
            null, "a.csv", null, 2, NOT_ESTIMATED);

    private static final String SPARSE_BYTES = "010000000150ffffffffffffffffffffffffffffffffffffffff000000044e4f4e45ffffffffffffffffffffffffffff"
            + "ffffffffffff000000000007554e4b4e4f574effffffff0000ffffffffffffffffffffffffffffffffffffffffffffff"
            + "ffffffffffffffffffffffffff00000005612e637376ffffffff00000002";

    private static final String FULL_BYTES = "0100000026436cc3ad6e6963612043656c756c617220426f676f74c3a120e2809420e5b9b9e7b4b0e8839e0000000243"
            + "4f00000008436f6c6f6d62696100000007426f676f74c3a10000001750726f6772616d6120352061706c69636163696f"
            + "6e65730000001f434f502034352e3030302e3030302028352061706c69636163696f6e6573290000000552414e474500"
            + "00000d34353030303030302e3030303000000003434f500000000831303233342e353700000007393030302e30300000"
            + "000731323030302e35000200000012554d42494c4943414c5f434f52445f4d53430000000f424f4e455f4d4152524f57"
            + "5f4d4e430000000a414c4c4f47454e4549430000001e63c3a96c756c6173206d6164726520646520636f7264c3b36e20"
            + "f09fa7ac00010000000b494e54524156454e4f55530000000f4956202b20696e747261746563616c000000444e435430"
            + "3132333435363720434c494e4943414c545249414c535f474f5620464f554e443b49535243544e313233343536373820"
            + "49535243544e204e4f545f464f554e440000000a52656372756974696e6700000009506861736520322f330000000331"
            + "323000000014556e697665727369646164204e6163696f6e616c0000000e57656220706167652c20323032360000001d"
            + "68747470733a2f2f6578616d706c652e6f72672f613f623d6326643d650000000a323032362d30332d3039000000116f"
            + "66666572696e67732d30312e786c737800000006486f6a61203100003039";

    @Test
    void anOfferingComesBackAsItWent() {
        ShownOffering withTrip = withTrip(FULL, BEIJING);
        ShownOffering stayUnknown = withTrip(SPARSE, TripEstimate.none(Gap.STAY_UNKNOWN, null));
        ShownOffering noStayCosts = withTrip(SPARSE, TripEstimate.none(Gap.NO_STAY_COSTS, 16));

        for (ShownOffering offering : List.of(FULL, SPARSE, withTrip, stayUnknown, noStayCosts)) {
            assertThat(ShownOfferingCodec.decode(ShownOfferingCodec.encode(offering))).isEqualTo(offering);
        }
    }

    @Test
    void bytesWrittenBeforeTripEstimatesAreReadAsNotEstimated() {
        assertThat(ShownOfferingCodec.decode(HexFormat.of().parseHex(SPARSE_BYTES))).isEqualTo(SPARSE);
        assertThat(ShownOfferingCodec.decode(HexFormat.of().parseHex(FULL_BYTES))).isEqualTo(FULL);
        // what this release writes begins as those bytes did, but for its version, and adds the trip
        String written = HexFormat.of().formatHex(ShownOfferingCodec.encode(FULL));
        assertThat(written).startsWith("02" + FULL_BYTES.substring(2));
    }

    @Test
    void aRowWithoutAProgramLengthCarriesOneByteForItsTrip() {
        ShownOffering stayUnknown = withTrip(SPARSE, TripEstimate.none(Gap.STAY_UNKNOWN, null));

        assertThat(ShownOfferingCodec.encode(stayUnknown)).hasSize(SPARSE_BYTES.length() / 2 + 1);
    }

    @Test
    void bytesOfAnotherFormatOrCutShortAreRefusedWithAWayOut() {
        byte[] bytes = ShownOfferingCodec.encode(withTrip(FULL, BEIJING));
        byte[] otherFormat = bytes.clone();
        otherFormat[0] = 3;

        assertThatThrownBy(() -> ShownOfferingCodec.decode(otherFormat)).hasMessageContaining("--rerun");
        for (int length : new int[] {0, 3, 40, bytes.length - 1}) {
            assertThatThrownBy(() -> ShownOfferingCodec.decode(Arrays.copyOf(bytes, length))).as(length + " bytes")
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("--rerun");
        }
    }

    private static ShownOffering withTrip(ShownOffering o, TripEstimate trip) {
        return new ShownOffering(o.provider(), o.countryCode(), o.countryText(), o.city(), o.program(), o.priceText(),
                o.priceKind(), o.courseAmount(), o.courseCurrency(), o.reportingAmount(), o.reportingLow(), o.reportingHigh(),
                o.cellSources(), o.cellOrigin(), o.cellSourceText(), o.routes(), o.routeText(), o.registrations(),
                o.trialStatus(), o.trialPhase(), o.trialEnrollment(), o.trialSponsor(), o.sourceText(), o.sourceLink(),
                o.lastVerified(), o.file(), o.sheet(), o.row(), trip);
    }
}
