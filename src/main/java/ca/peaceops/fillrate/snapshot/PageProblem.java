package ca.peaceops.fillrate.snapshot;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Why the watched page gave no caps this run, while the caps in force stay. Kept as its
 * kind and values rather than a sentence, as a {@link Warning} is, so that the French
 * report says it in French (bundle {@code messages/page}); {@link #toString()} is the
 * English, for standard error, the log and the operations notice.
 *
 * @param values what the sentence names (an address, a status, the reader's own words),
 * in the order of its pattern
 */
public record PageProblem(Kind kind, List<String> values) {

	/** A value can be a server's or a parser's message: enough of it to act on. */
	private static final int LONGEST_VALUE = 400;

	public PageProblem {
		values = values.stream()
			.map((value) -> value.replaceAll("\\s+", " ").strip())
			.map((value) -> (value.length() > LONGEST_VALUE) ? value.substring(0, LONGEST_VALUE) + "…" : value)
			.toList();
	}

	public static PageProblem of(Kind kind, Object... values) {
		return new PageProblem(kind, Arrays.stream(values).map(String::valueOf).toList());
	}

	/**
	 * As a job parameter: the kind and each value on a line of its own (values hold no
	 * line break), within the parameter column's 2,500 characters.
	 */
	public String asParameter() {
		return Stream.concat(Stream.of(this.kind.name()), this.values.stream()).collect(Collectors.joining("\n"));
	}

	public static PageProblem fromParameter(String parameter) {
		List<String> lines = List.of(parameter.split("\n", -1));
		return new PageProblem(Kind.valueOf(lines.get(0)), lines.subList(1, lines.size()));
	}

	public String text(Locale locale) {
		return Sentences.of("messages/page", this.kind, this.values, locale);
	}

	@Override
	public String toString() {
		return text(Locale.ENGLISH);
	}

	public enum Kind {

		/** No connection within the timeout: host, timeout. */
		CONNECT_TIMEOUT,
		/** Connected, no answer within the timeout: address, timeout. */
		ANSWER_TIMEOUT,
		/**
		 * Connected and answering, but the page not all there within twice the timeout:
		 * address, timeout.
		 */
		ANSWER_TOO_SLOW,
		/** An answer larger than any page: address, the limit in MB. */
		TOO_LARGE,
		/** Connection refused: host. */
		REFUSED,
		/** Any other network failure: address, what the machine said. */
		UNREACHABLE,
		/** The run was stopped while fetching: address. */
		INTERRUPTED,
		/** An answer other than 200 or 304: status, address. */
		HTTP_STATUS,
		/** Not an HTML page: address, its content type. */
		NOT_HTML,
		/** 304 to a request that was not conditional: address. */
		UNASKED_NOT_MODIFIED,
		/** The copy kept from the last answer cannot be read: address, copy. */
		COPY_UNREADABLE,
		/**
		 * The page reader refused the page: its first problem, where the copy is kept.
		 */
		NEW_LAYOUT,
		/** The page's date has a snapshot that says otherwise: date, snapshot. */
		DIFFERS_FROM_SNAPSHOT,
		/** The snapshot cannot be written: file, what the machine said. */
		CANNOT_WRITE_SNAPSHOT,
		/** The fetched page cannot be kept: folder, what the machine said. */
		CANNOT_KEEP_COPY,
		/** The configured address is not a URL: address. */
		NOT_A_URL,
		/**
		 * A reason stored as a sentence, by the stored report format 3, before reasons
		 * had kinds: the sentence.
		 */
		AS_WRITTEN

	}

}
