package ca.peaceops.fillrate.snapshot.page;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import ca.peaceops.fillrate.place.Places;
import ca.peaceops.fillrate.snapshot.BadInputException;
import ca.peaceops.fillrate.snapshot.Snapshot;
import ca.peaceops.fillrate.snapshot.SnapshotFile;
import ca.peaceops.fillrate.snapshot.SnapshotReader;
import ca.peaceops.fillrate.snapshot.SnapshotTable;
import ca.peaceops.fillrate.snapshot.SourceText;
import ca.peaceops.fillrate.snapshot.json.SnapshotJson;

/**
 * {@code scripts/import-page.sh FILE.txt [--as-of=YYYY-MM-DD] [--input=DIR]}: turns a
 * saved "Current operations" page into a JSON snapshot under {@code DIR/snapshots/}, and
 * prints what it read for a person to check before the monthly run. Plain Java, so that
 * it starts at once.
 */
public final class PageImport {

	private final PrintStream out;

	private final PrintStream err;

	private final Clock clock;

	PageImport(PrintStream out, PrintStream err, Clock clock) {
		this.out = out;
		this.err = err;
		this.clock = clock;
	}

	public static void main(String[] args) {
		System.exit(new PageImport(new PrintStream(System.out, true, StandardCharsets.UTF_8),
				new PrintStream(System.err, true, StandardCharsets.UTF_8), Clock.systemDefaultZone())
			.run(args));
	}

	/**
	 * @return the exit status: 0 written, 2 bad input or usage
	 */
	int run(String... args) {
		Path page = null;
		Path frenchPage = null;
		Path input = Path.of("input");
		LocalDate asOf = null;
		try {
			for (String arg : args) {
				if (arg.startsWith("--as-of=")) {
					asOf = LocalDate.parse(arg.substring("--as-of=".length()));
				}
				else if (arg.startsWith("--input=")) {
					input = Path.of(arg.substring("--input=".length()));
				}
				else if (arg.startsWith("--") || frenchPage != null) {
					return usage("unexpected argument " + arg);
				}
				else if (page != null) {
					frenchPage = Path.of(arg);
				}
				else {
					page = Path.of(arg);
				}
			}
		}
		catch (DateTimeParseException ex) {
			return usage("--as-of must be a date as YYYY-MM-DD");
		}
		if (page == null) {
			return usage("name the page (text or HTML), and its French page if you have it");
		}
		try {
			return write(page, frenchPage, input, asOf);
		}
		catch (BadInputException ex) {
			this.err.println("error: " + ex.getMessage().replace("\n", "\nerror: "));
			return 2;
		}
	}

	/**
	 * @param frenchPage the French page of the same date, or {@code null}
	 */
	private int write(Path page, Path frenchPage, Path input, LocalDate givenAsOf) {
		Places regions = SnapshotReader.places(input.resolve("regions.csv"));
		String file = page.toString();
		Optional<PagePairReader.Page> french = Optional.ofNullable(frenchPage)
			.map((path) -> new PagePairReader.Page(path.toString(), SourceText.read(path).text()));
		Snapshot snapshot = new PagePairReader(regions, this.clock).read(
				new PagePairReader.Page(file, SourceText.read(page).text()), french, Optional.ofNullable(givenAsOf),
				SnapshotFile.of(page).map(SnapshotFile::asOf),
				page.getFileName() + ((frenchPage != null) ? ", " + frenchPage.getFileName() : ""));
		LocalDate asOf = snapshot.asOf();
		Path target = input.resolve("snapshots").resolve(asOf + ".json");
		if (Files.exists(target)) {
			throw new BadInputException(target.toString(),
					"a snapshot for " + asOf + " exists already; move it away first, so that nothing is overwritten");
		}
		try {
			Files.createDirectories(target.getParent());
			Files.writeString(target, SnapshotJson.write(snapshot, regions), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new BadInputException(target.toString(), "cannot write: " + ex.getMessage());
		}
		new SnapshotTable(this.out).print(snapshot);
		this.out.println("Wrote " + target + ". Check the figures above against the page before the monthly run.");
		return 0;
	}

	private int usage(String problem) {
		this.err.println("error: " + problem);
		this.err.println("usage: scripts/import-page.sh PAGE [FRENCH_PAGE] [--as-of=YYYY-MM-DD] [--input=DIR]");
		return 2;
	}

}
