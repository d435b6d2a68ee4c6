package org.cellcompare.normalize;

import java.util.List;

import org.cellcompare.normalize.CurrencyResolver.Mention;
import org.cellcompare.normalize.PriceParser.PriceContext;

/**
 * Chooses a price's currency from everything the row says of it, in the documented order, and
 * says when the choice is an assumption.
 */
final class CurrencyChoice {

    private final CurrencyResolver currencies;

    CurrencyChoice(CurrencyResolver currencies) {
        this.currencies = currencies;
    }

    /** The currency chosen, whether it was assumed rather than written, and a note when the row contradicts itself. */
    record Choice(String currency, boolean assumed, String note) {
    }

    /**
     * Currency column first; then what the text says, a shared symbol resolved by the country; then
     * the price header ("Price (USD)"); then what a lakh or a triệu implies; then the country's own
     * currency; then USD. Anything resolved by country or default is marked assumed.
     */
    Choice choose(List<String> fromText, List<String> implied, PriceContext context) {
        String country = CurrencyResolver.currencyOfCountry(context.countryCode());
        List<String> column = currencies.candidates(context.currencyColumn());
        if (!column.isEmpty()) {
            if (column.size() == 1) {
                String note = fromText.size() == 1 && !fromText.equals(column)
                        ? "The currency column says " + column.get(0) + " but the price reads as " + fromText.get(0)
                        + "; " + column.get(0) + " was used." : null;
                return new Choice(column.get(0), false, note);
            }
            List<String> narrowed = fromText.size() == 1 && column.contains(fromText.get(0)) ? fromText : column;
            return pick(narrowed, country);
        }
        if (!fromText.isEmpty()) {
            return pick(fromText, country);
        }
        List<String> header = context.priceHeader() == null ? List.of() : headerCurrency(context.priceHeader());
        if (!header.isEmpty()) {
            return pick(header, country);
        }
        if (!implied.isEmpty()) {
            return pick(implied, country);
        }
        if (country != null) {
            return new Choice(country, true, null);
        }
        return new Choice("USD", true, null);
    }

    private static Choice pick(List<String> candidates, String countryCurrency) {
        if (candidates.size() == 1) {
            return new Choice(candidates.get(0), false, null);
        }
        if (CurrencyResolver.allows(candidates, countryCurrency)) {
            return new Choice(countryCurrency, true, null);
        }
        return new Choice(candidates.get(0), true, null);
    }

    private List<String> headerCurrency(String header) {
        List<Mention> mentions = currencies.find(header);
        return mentions.isEmpty() ? List.of() : mentions.get(mentions.size() - 1).candidates();
    }
}
