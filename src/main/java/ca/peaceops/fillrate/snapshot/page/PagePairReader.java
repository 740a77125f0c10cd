package ca.peaceops.fillrate.snapshot.page;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import ca.peaceops.fillrate.place.Places;
import ca.peaceops.fillrate.snapshot.BadInputException;
import ca.peaceops.fillrate.snapshot.InputProblem;
import ca.peaceops.fillrate.snapshot.Problems;
import ca.peaceops.fillrate.snapshot.Snapshot;
import ca.peaceops.fillrate.snapshot.SnapshotAssembler;

/**
 * The English page and, where there is one, the French page of one date read into one
 * snapshot, dated by the pages' "Date modified": what {@code import-page.sh} writes, and
 * what a fetched page becomes. Either the whole pair reads, or nothing does.
 */
public final class PagePairReader {

	private final Places regions;

	private final Clock clock;

	public PagePairReader(Places regions, Clock clock) {
		this.regions = regions;
		this.clock = clock;
	}

	/** One page as read: the name its problems are told under, and its text. */
	public record Page(String name, String text) {

	}

	/**
	 * @param french the French page of the same date, if any
	 * @param givenAsOf a date given by the person importing: used, and checked against
	 * the page's "Date modified"
	 * @param fallback the date used where neither is there (a file name's)
	 * @param source how the snapshot's {@code source} ends (which files or URLs)
	 * @throws BadInputException naming the page and the line of each problem
	 */
	public Snapshot read(Page english, Optional<Page> french, Optional<LocalDate> givenAsOf,
			Optional<LocalDate> fallback, String source) {
		PageTextReader reader = new PageTextReader(this.regions, this.clock);
		Problems problems = new Problems();
		PageReading englishReading = reader.parse(english.name(), english.text(), problems);
		PageReading reading = englishReading;
		if (french.isPresent()) {
			PageReading frenchReading = reader.parse(french.get().name(), french.get().text(), problems);
			reading = PagePair.merge(englishReading, frenchReading, problems);
			if (englishReading.dateModified() != null && frenchReading.dateModified() != null
					&& !englishReading.dateModified().equals(frenchReading.dateModified())) {
				problems.add(new InputProblem(french.get().name(), frenchReading.dateLine(), "",
						"Date modified " + frenchReading.dateModified() + " disagrees with the English page's "
								+ englishReading.dateModified() + " (" + english.name() + ":"
								+ englishReading.dateLine() + ")"));
			}
		}
		problems.throwIfAny();
		PageReading read = reading;
		LocalDate asOf = givenAsOf.or(() -> Optional.ofNullable(read.dateModified()))
			.or(() -> fallback)
			.orElseThrow(() -> new BadInputException(english.name(),
					"no as-of date: the page has no \"Date modified:\" line; give --as-of=YYYY-MM-DD"));
		if (givenAsOf.isPresent() && read.dateModified() != null && !givenAsOf.get().equals(read.dateModified())) {
			throw new BadInputException(english.name(),
					"--as-of=" + givenAsOf.get() + " disagrees with the page's Date modified " + read.dateModified());
		}
		return new SnapshotAssembler(english.name(), this.regions, this.clock).assemble(asOf,
				(field, message) -> new InputProblem(english.name(), read.dateLine(), "", message), asOf,
				read.source() + ", " + source, read.pools(), read.missions(), problems);
	}

}
