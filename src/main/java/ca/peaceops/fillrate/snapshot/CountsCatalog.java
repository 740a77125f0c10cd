package ca.peaceops.fillrate.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rosters ({@code rosters/}) and counts tables ({@code counts/}) available, oldest
 * first. A folder that does not exist holds none; a file there that looks like counts but
 * is not named by its date is refused, rather than passed over and a month reported from
 * older counts.
 */
public final class CountsCatalog {

	private final List<CountsFile> files;

	private CountsCatalog(List<CountsFile> files) {
		this.files = files;
	}

	public static CountsCatalog scan(Path rosters, Path counts) {
		List<CountsFile> files = new ArrayList<>();
		Problems problems = new Problems();
		scan(rosters, CountsFile.Source.ROSTER, files, problems);
		scan(counts, CountsFile.Source.COUNTS_TABLE, files, problems);
		problems.throwIfAny();
		files.sort(Comparator.comparing(CountsFile::asOf));
		return new CountsCatalog(List.copyOf(files));
	}

	private static void scan(Path directory, CountsFile.Source source, List<CountsFile> files, Problems problems) {
		if (!Files.isDirectory(directory)) {
			return;
		}
		try (Stream<Path> entries = Files.list(directory)) {
			for (Path path : entries.sorted().toList()) {
				String name = path.getFileName().toString();
				String lower = name.toLowerCase(Locale.ROOT);
				if (name.startsWith(".") || name.endsWith("~") || lower.endsWith(".bak") || !lower.endsWith(".csv")) {
					continue;
				}
				Optional<CountsFile> file = CountsFile.of(path, source);
				if (file.isEmpty()) {
					problems.add(new InputProblem(path.toString(), 0, "",
							"cannot be counts: its name must start with a real as-of date as YYYY-MM-DD "
									+ "(move backups aside or name them .bak)"));
				}
				else if (!Files.isRegularFile(path)) {
					problems.add(new InputProblem(path.toString(), 0, "", "is not a regular file"));
				}
				else {
					files.add(file.get());
				}
			}
		}
		catch (IOException ex) {
			problems.add(new InputProblem(directory.toString(), 0, "", "cannot be listed: " + ex.getMessage()));
		}
	}

	public List<CountsFile> files() {
		return this.files;
	}

}
