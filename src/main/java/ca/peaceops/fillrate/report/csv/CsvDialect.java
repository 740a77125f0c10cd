package ca.peaceops.fillrate.report.csv;

import java.math.BigDecimal;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * How cells are separated and decimals written. Both write UTF-8 with a BOM and CRLF line
 * ends, so that spreadsheets show accents and every platform reads the rows.
 */
public enum CsvDialect {

	/** RFC 4180: comma, decimal point. The default. */
	RFC4180(',', '.'),
	/** For spreadsheets in a French locale: semicolon, decimal comma. */
	EXCEL_FR(';', ',');

	private final char delimiter;

	private final char decimalSeparator;

	CsvDialect(char delimiter, char decimalSeparator) {
		this.delimiter = delimiter;
		this.decimalSeparator = decimalSeparator;
	}

	/** Accepts the names users type: {@code rfc4180}, {@code excel-fr}. */
	public static CsvDialect fromName(String name) {
		for (CsvDialect dialect : values()) {
			if (dialect.name().replace('_', '-').equalsIgnoreCase(name.strip())) {
				return dialect;
			}
		}
		throw new IllegalArgumentException("unknown CSV dialect \"" + name + "\"; expected rfc4180 or excel-fr");
	}

	CsvWriter.CsvWriterBuilder writer() {
		return CsvWriter.builder().fieldSeparator(this.delimiter).lineDelimiter(LineDelimiter.CRLF);
	}

	String decimal(BigDecimal value) {
		return value.toPlainString().replace('.', this.decimalSeparator);
	}

}
