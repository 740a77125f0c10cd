package ca.peaceops.fillrate.snapshot;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Where a record sits in its file, so that a problem with one of its fields names the
 * right line.
 */
public interface Where {

	InputProblem problem(String field, String message);

	/**
	 * A date as every form writes it, YYYY-MM-DD; anything else (2017-02-31 too) is a
	 * problem that quotes it.
	 * @param label how the message names the field
	 * @return the date, or {@code null} when it is not one
	 */
	default LocalDate date(String field, String label, String text, Problems problems) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			problems.add(problem(field, label + " \"" + text + "\" must be a date as YYYY-MM-DD"));
			return null;
		}
	}

}
