package ca.peaceops.fillrate.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/** One mission in one published period: a row of {@code reports/history.csv}. */
public record HistoryRow(YearMonth period, LocalDate asOf, String missionId, String mission, String country,
		String region, String pool, Integer authorized, Integer poolAuthorized, Integer deployed, BigDecimal fillRate,
		String status, LocalDate countsAsOf) {

}
