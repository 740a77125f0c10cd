package ca.peaceops.fillrate.roster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

import ca.peaceops.fillrate.snapshot.BadInputException;
import ca.peaceops.fillrate.snapshot.InputProblem;
import ca.peaceops.fillrate.snapshot.SourceText;
import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordType;

/**
 * Reads {@code input/rosters/<as-of>.csv} in one streaming pass. Each field is judged
 * straight from the parser's buffer, so that a row costs no object: what is kept is a
 * count per mission and home service, and one 8-byte fingerprint per officer to find an
 * officer listed twice.
 *
 * <p>
 * An officer counts as deployed on the as-of date when {@code start_date} is on or before
 * it and {@code end_date} is empty or on or after it; a row that ended before is a past
 * deployment, not an error. A start after the as-of date, an unknown mission, the same
 * officer twice, or a bad date is an error naming the line.
 */
public final class RosterReader {

	static final List<String> REQUIRED = List.of("as_of", "officer_id", "mission_id", "home_service", "rank", "gender",
			"start_date");

	/**
	 * How much of the file is sampled to estimate its rows, and so size the officer log
	 * once.
	 */
	private static final int SAMPLE_BYTES = 1 << 16;

	static final int PROGRESS_ROWS = 1 << 14;

	private static final LongConsumer NO_PROGRESS = (rows) -> {
	};

	private final LocalDate asOf;

	private final Collection<String> missionIds;

	public RosterReader(LocalDate asOf, Collection<String> missionIds) {
		this.asOf = asOf;
		this.missionIds = missionIds;
	}

	public RosterCounts read(Path path) {
		return read(path, NO_PROGRESS);
	}

	/**
	 * @param progress told the rows read so far, every {@value #PROGRESS_ROWS} rows:
	 * often enough (milliseconds apart) for the caller to report by the clock
	 */
	public RosterCounts read(Path path, LongConsumer progress) {
		String file = path.toString();
		try {
			char[] asOf = this.asOf.toString().toCharArray();
			byte[] head = head(path);
			char separator = SourceText
				.csvSeparator(new String(head, StandardCharsets.ISO_8859_1).lines().findFirst().orElse(""));
			Handler handler = new Handler(file, asOf, this.missionIds, estimatedRows(Files.size(path), head), progress,
					null);
			parse(path, separator, handler);
			Set<Long> duplicates = handler.duplicates();
			if (!duplicates.isEmpty()) {
				// Rare: a second pass finds the lines of the officers listed twice.
				Handler locator = new Handler(file, asOf, this.missionIds, 0, NO_PROGRESS, duplicates);
				parse(path, separator, locator);
				handler.addProblems(locator.problems);
			}
			return handler.counts();
		}
		catch (IOException | RuntimeException ex) {
			// The parser wraps what the row handler throws; the handler's own verdict is
			// what counts.
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof BadInputException bad) {
					throw bad;
				}
			}
			// A file that cannot be read, or is not CSV, is the clerk's to fix; anything
			// else is a bug of ours, and must not be reported as their bad input.
			if (ex instanceof CsvParseException && ex.getCause() instanceof RuntimeException bug
					&& !(bug instanceof UncheckedIOException)) {
				throw bug;
			}
			if (ex instanceof IOException || ex instanceof UncheckedIOException || ex instanceof CsvParseException) {
				throw new BadInputException(file, "cannot read roster: " + ex.getMessage());
			}
			throw (RuntimeException) ex;
		}
	}

	private static void parse(Path path, char separator, Handler handler) throws IOException {
		try (CsvReader<Object> reader = CsvReader.builder()
			.fieldSeparator(separator)
			.allowMissingFields(true)
			.allowExtraFields(true)
			.build(handler, Files.newInputStream(path), StandardCharsets.ISO_8859_1)) {
			for (Object row : reader) {
				// Rows are judged and counted as they are parsed.
			}
		}
	}

	/** The first 64 KiB: the header, and a sample of the rows' length. */
	private static byte[] head(Path path) throws IOException {
		try (InputStream in = Files.newInputStream(path)) {
			return in.readNBytes(SAMPLE_BYTES);
		}
	}

	/**
	 * The file's size over the average line length of its first 64 KiB, with 5% to spare.
	 */
	private static long estimatedRows(long size, byte[] head) {
		int lines = 0;
		for (byte b : head) {
			if (b == '\n') {
				lines++;
			}
		}
		return (lines == 0) ? 16 : (long) (size / ((double) head.length / lines) * 1.05);
	}

	/** The parser's callbacks: one row at a time, field by field. */
	private static final class Handler extends AbstractBaseCsvCallbackHandler<Object> {

		private static final Object ROW = new Object();

		private static final String DUPLICATE = "this officer_id appears on an earlier line too: one row per deployed officer";

		private static final int AS_OF = 0;

		private static final int OFFICER = 1;

		private static final int MISSION = 2;

		private static final int HOME_SERVICE = 3;

		private static final int GENDER = 5;

		private static final int START = 6;

		private static final int END = 7;

		private static final int IGNORED = -1;

		private final String file;

		private final char[] asOf;

		private final CharTable missions = new CharTable();

		private final CharTable homeServices = new CharTable();

		private final FingerprintLog officers;

		/**
		 * In the second pass, the fingerprints seen twice, whose lines are to be found.
		 */
		private final Set<Long> locate;

		private final Set<Long> located = new HashSet<>();

		private final List<InputProblem> problems = new ArrayList<>();

		private final List<String> headerNames = new ArrayList<>();

		private int[] roles;

		private int headerSize;

		private int[] missionOfficers;

		private int[] missionWomen;

		private int[] homeServiceOfficers = new int[16];

		private int officerCount;

		private long rows;

		private final LongConsumer progress;

		private int womenCount;

		// The row being read.
		private long officer;

		private int mission;

		private int homeService;

		private boolean woman;

		private boolean ended;

		private String rowProblem;

		Handler(String file, char[] asOf, Collection<String> missionIds, long expectedRows, LongConsumer progress,
				Set<Long> locate) {
			this.file = file;
			this.progress = progress;
			this.asOf = asOf;
			missionIds.forEach(this.missions::add);
			this.missionOfficers = new int[this.missions.size()];
			this.missionWomen = new int[this.missions.size()];
			this.officers = new FingerprintLog((locate != null) ? 0 : expectedRows);
			this.locate = locate;
		}

		@Override
		protected void handleBegin(long startingLineNumber) {
			this.officer = 0;
			this.mission = -1;
			this.homeService = -1;
			this.woman = false;
			this.ended = false;
			this.rowProblem = null;
		}

		@Override
		protected void handleField(int index, char[] buffer, int offset, int length, boolean quoted) {
			if (this.roles == null) {
				String name = RawText.decode(buffer, offset, length);
				this.headerNames.add((index == 0 && name.startsWith("\uFEFF")) ? name.substring(1) : name);
				return;
			}
			int role = (index < this.roles.length) ? this.roles[index] : IGNORED;
			switch (role) {
				case AS_OF -> {
					if (!same(buffer, offset, length, this.asOf)) {
						problem("as_of \"" + RawText.decode(buffer, offset, length) + "\" must be the roster's date "
								+ new String(this.asOf));
					}
				}
				case OFFICER -> {
					if (length == 0) {
						problem("officer_id is required");
					}
					this.officer = fingerprint(buffer, offset, length);
				}
				case MISSION -> {
					this.mission = this.missions.find(buffer, offset, length);
					if (this.mission < 0) {
						problem("mission_id \"" + RawText.decode(buffer, offset, length)
								+ "\" is not a mission of the snapshot of " + new String(this.asOf));
					}
				}
				case HOME_SERVICE -> this.homeService = (length == 0) ? -1 : homeService(buffer, offset, length);
				case GENDER -> this.woman = length > 0 && (buffer[offset] == 'F' || buffer[offset] == 'f'
						|| buffer[offset] == 'W' || buffer[offset] == 'w');
				case START -> {
					if (!isDate(buffer, offset, length)) {
						problem("start_date \"" + RawText.decode(buffer, offset, length)
								+ "\" must be a date as YYYY-MM-DD");
					}
					else if (compare(buffer, offset, this.asOf) > 0) {
						problem("start_date " + RawText.decode(buffer, offset, length) + " is after the as-of date "
								+ new String(this.asOf));
					}
				}
				case END -> {
					if (length > 0 && !isDate(buffer, offset, length)) {
						problem("end_date \"" + RawText.decode(buffer, offset, length)
								+ "\" must be a date as YYYY-MM-DD");
					}
					else if (length > 0) {
						this.ended = compare(buffer, offset, this.asOf) < 0;
					}
				}
				default -> {
				}
			}
		}

		@Override
		protected Object buildRecord() {
			if (getRecordType() != RecordType.DATA) {
				return ROW;
			}
			if (this.roles == null) {
				header(this.headerNames);
				return ROW;
			}
			if ((++this.rows & (PROGRESS_ROWS - 1)) == 0) {
				this.progress.accept(this.rows);
			}
			if (getFieldCount() < this.headerSize) {
				problem("row has " + getFieldCount() + " fields, the header has " + this.headerSize);
			}
			if (this.rowProblem != null) {
				if (this.locate == null) {
					report(this.rowProblem);
				}
				return ROW;
			}
			if (this.ended) {
				return ROW;
			}
			if (this.locate != null) {
				if (this.locate.contains(this.officer) && !this.located.add(this.officer)) {
					report(DUPLICATE);
				}
				return ROW;
			}
			this.officers.add(this.officer);
			this.officerCount++;
			this.missionOfficers[this.mission]++;
			if (this.woman) {
				this.womenCount++;
				this.missionWomen[this.mission]++;
			}
			if (this.homeService >= 0) {
				if (this.homeService >= this.homeServiceOfficers.length) {
					this.homeServiceOfficers = Arrays.copyOf(this.homeServiceOfficers,
							this.homeServiceOfficers.length * 2);
				}
				this.homeServiceOfficers[this.homeService]++;
			}
			return ROW;
		}

		Set<Long> duplicates() {
			return this.officers.duplicates();
		}

		void addProblems(List<InputProblem> more) {
			this.problems.addAll(more);
		}

		RosterCounts counts() {
			if (this.roles == null) {
				this.problems.add(new InputProblem(this.file, 0, "", "file is empty"));
			}
			if (!this.problems.isEmpty()) {
				this.problems.sort(Comparator.comparingInt(InputProblem::line));
				throw new BadInputException(this.problems.subList(0, Math.min(50, this.problems.size())));
			}
			Map<String, RosterCounts.MissionCount> byMission = new HashMap<>();
			for (int i = 0; i < this.missions.size(); i++) {
				byMission.put(this.missions.name(i),
						new RosterCounts.MissionCount(this.missionOfficers[i], this.missionWomen[i]));
			}
			Map<String, Integer> byHomeService = new HashMap<>();
			for (int i = 0; i < this.homeServices.size(); i++) {
				// A service whose officers all left before the as-of date has nobody
				// deployed.
				if (this.homeServiceOfficers[i] > 0) {
					byHomeService.put(this.homeServices.name(i), this.homeServiceOfficers[i]);
				}
			}
			return new RosterCounts(this.file, this.officerCount, this.womenCount, byMission, byHomeService);
		}

		/**
		 * The header row: which column is which. Unknown columns are allowed and ignored.
		 */
		private void header(List<String> names) {
			this.roles = new int[names.size()];
			this.headerSize = names.size();
			for (int i = 0; i < names.size(); i++) {
				this.roles[i] = switch (names.get(i).strip()) {
					case "as_of" -> AS_OF;
					case "officer_id" -> OFFICER;
					case "mission_id" -> MISSION;
					case "home_service" -> HOME_SERVICE;
					case "gender" -> GENDER;
					case "start_date" -> START;
					case "end_date" -> END;
					default -> IGNORED;
				};
			}
			for (String column : REQUIRED) {
				if (!names.stream().map(String::strip).toList().contains(column)) {
					this.problems.add(new InputProblem(this.file, 1, "", "column \"" + column + "\" is missing; "
							+ "expected as_of,officer_id,mission_id,home_service,rank,gender,start_date,end_date"));
				}
			}
			if (!this.problems.isEmpty()) {
				throw new BadInputException(this.problems);
			}
		}

		private int homeService(char[] buffer, int offset, int length) {
			int found = this.homeServices.find(buffer, offset, length);
			if (found >= 0) {
				return found;
			}
			String name = RawText.decodeStrictly(buffer, offset, length);
			if (name == null) {
				problem("home_service is not UTF-8 text");
				return -1;
			}
			return this.homeServices.add(name);
		}

		private void problem(String message) {
			if (this.rowProblem == null) {
				this.rowProblem = message;
			}
		}

		private void report(String message) {
			if (this.problems.size() < 50) {
				this.problems.add(new InputProblem(this.file, (int) getStartingLineNumber(), "", message));
			}
		}

		private static boolean same(char[] buffer, int offset, int length, char[] expected) {
			if (length != expected.length) {
				return false;
			}
			for (int i = 0; i < length; i++) {
				if (buffer[offset + i] != expected[i]) {
					return false;
				}
			}
			return true;
		}

		/** ISO dates compare as text; both sides are checked to be dates first. */
		private static int compare(char[] buffer, int offset, char[] date) {
			for (int i = 0; i < date.length; i++) {
				int difference = buffer[offset + i] - date[i];
				if (difference != 0) {
					return difference;
				}
			}
			return 0;
		}

		private static boolean isDate(char[] buffer, int offset, int length) {
			if (length != 10 || buffer[offset + 4] != '-' || buffer[offset + 7] != '-') {
				return false;
			}
			for (int i = 0; i < 10; i++) {
				if (i != 4 && i != 7 && (buffer[offset + i] < '0' || buffer[offset + i] > '9')) {
					return false;
				}
			}
			int year = (buffer[offset] - '0') * 1000 + (buffer[offset + 1] - '0') * 100
					+ (buffer[offset + 2] - '0') * 10 + buffer[offset + 3] - '0';
			int month = (buffer[offset + 5] - '0') * 10 + buffer[offset + 6] - '0';
			int day = (buffer[offset + 8] - '0') * 10 + buffer[offset + 9] - '0';
			// 2017-02-31 is no date: the month's own length, leap years included.
			return month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).length(Year.isLeap(year));
		}

		/** FNV-1a, 64 bits, over the id's characters. */
		private static long fingerprint(char[] buffer, int offset, int length) {
			long hash = 0xcbf29ce484222325L;
			for (int i = offset; i < offset + length; i++) {
				hash ^= buffer[i];
				hash *= 0x100000001b3L;
			}
			return hash;
		}

	}

}
