package org.cellcompare.normalize;

/** What shape of price the text gave. */
public enum PriceKind {
    /** Nothing written. */
    NONE,
    /** "Contact us", "on request": no price, and no error either. */
    ON_REQUEST,
    /** "Free": zero. */
    FREE,
    /** One amount. */
    EXACT,
    /** Two amounts, low to high. */
    RANGE,
    /** "From", "starting at", "15,000+": the low end, open above. */
    FROM,
    /** "Up to": the high end. */
    UP_TO,
    /** Written, but not readable as an amount. */
    UNREADABLE;

    public boolean hasAmount() {
        return this == FREE || this == EXACT || this == RANGE || this == FROM || this == UP_TO;
    }
}
