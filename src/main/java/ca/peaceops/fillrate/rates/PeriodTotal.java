package ca.peaceops.fillrate.rates;

import java.time.YearMonth;

/** The overall totals of one published period, a point of the fill-rate trend. */
public record PeriodTotal(YearMonth period, Totals totals) {

}
