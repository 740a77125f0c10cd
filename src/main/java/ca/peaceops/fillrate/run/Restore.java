package ca.peaceops.fillrate.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import ca.peaceops.fillrate.history.HistoryRepository;
import ca.peaceops.fillrate.job.FillRateProperties;
import ca.peaceops.fillrate.job.WorkArea;
import ca.peaceops.fillrate.report.Manifest;
import ca.peaceops.fillrate.report.Report;
import ca.peaceops.fillrate.report.ReportFiles;
import ca.peaceops.fillrate.report.ReportOptions;
import ca.peaceops.fillrate.report.ReportPublisher;
import ca.peaceops.fillrate.report.csv.CsvDialect;
import ca.peaceops.fillrate.report.csv.CsvReportWriter;
import ca.peaceops.fillrate.report.html.HtmlReportWriter;
import ca.peaceops.fillrate.report.pdf.PdfReportWriter;

import org.springframework.stereotype.Component;

/**
 * {@code --restore}: writes a published period's files again from the history (the report
 * it stored, and the checksums it published), for a {@code reports/} folder that was
 * deleted or damaged. The files are written aside, checked against the published
 * {@code SHA256SUMS}, and only then put in place: what is restored is byte for byte what
 * was published, or nothing is.
 */
@Component
class Restore {

	private final HistoryRepository history;

	private final WorkArea work;

	private final FillRateProperties properties;

	private final ReportPublisher publisher;

	Restore(HistoryRepository history, WorkArea work, FillRateProperties properties, ReportPublisher publisher) {
		this.history = history;
		this.work = work;
		this.properties = properties;
		this.publisher = publisher;
	}

	/**
	 * @return what was restored, for the log
	 * @throws RefusedRequestException if the period is not published: the request cannot
	 * be right
	 * @throws RestoreFailedException with the line to print when it cannot be done
	 */
	String restore(YearMonth period) {
		if (this.history.find(period).isEmpty()) {
			throw new RefusedRequestException("--restore: period " + period + " is not published");
		}
		Report report = this.work.parse(this.history.reportJson(period)
			.orElseThrow(() -> new RestoreFailedException("--restore: no report is stored for " + period)));
		String published = this.history.manifest(period)
			.orElseThrow(() -> new RestoreFailedException("--restore: the checksums of " + period
					+ " were not kept (published by an earlier version); run it again with --period=" + period
					+ " --rerun"));
		Path aside = this.publisher.workDir(period).resolveSibling(period + "-restored");
		try {
			ReportPublisher.deleteTree(aside);
			Files.createDirectories(aside);
			write(report, aside);
			Manifest.write(aside);
			String written = Files.readString(aside.resolve(Manifest.FILE_NAME));
			if (!written.equals(published)) {
				throw new RestoreFailedException("--restore: the files of " + period
						+ " cannot be written again byte for byte (another version of the program, or other "
						+ "--csv-dialect or --fillrate.report options, than when they were published); nothing changed");
			}
			List<String> restored = place(aside, this.publisher.publishedDir(period));
			if (!Files.exists(this.publisher.historyCsv())) {
				new CsvReportWriter(CsvDialect.fromName(this.properties.csvDialect()))
					.writeHistory(this.history.allMissionRows(), this.publisher.historyCsv());
				restored.add(ReportFiles.HISTORY_CSV);
			}
			return restored.isEmpty() ? "Nothing to restore for " + period + ": every published file is in place"
					: "Restored " + restored + " of " + period + ", byte for byte as published (SHA256SUMS match)";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			ReportPublisher.deleteTree(aside);
		}
	}

	private void write(Report report, Path dir) {
		new CsvReportWriter(CsvDialect.fromName(this.properties.csvDialect())).write(report, dir);
		ReportOptions options = this.properties.reportOptions();
		new PdfReportWriter(options.text(Locale.CANADA), options).write(report,
				dir.resolve(ReportFiles.pdf(report.period())));
		new PdfReportWriter(options.text(Locale.CANADA_FRENCH), options).write(report,
				dir.resolve(ReportFiles.frenchPdf(report.period())));
		new HtmlReportWriter(options.text(Locale.CANADA), options).write(report,
				dir.resolve(ReportFiles.html(report.period())));
		new HtmlReportWriter(options.text(Locale.CANADA_FRENCH), options).write(report,
				dir.resolve(ReportFiles.frenchHtml(report.period())));
	}

	/** Moves in the files that are missing; files already there are left as they are. */
	private static List<String> place(Path aside, Path target) throws IOException {
		List<String> restored = new ArrayList<>();
		if (!Files.exists(target)) {
			try (Stream<Path> files = Files.list(aside)) {
				files.map((file) -> file.getFileName().toString()).sorted().forEach(restored::add);
			}
			Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
			return restored;
		}
		try (Stream<Path> files = Files.list(aside)) {
			for (Path file : files.sorted().toList()) {
				Path in = target.resolve(file.getFileName());
				if (!Files.exists(in)) {
					Files.move(file, in, StandardCopyOption.ATOMIC_MOVE);
					restored.add(file.getFileName().toString());
				}
			}
		}
		return restored;
	}

	/** Where the period's files are published. */
	Path publishedDir(YearMonth period) {
		return this.publisher.publishedDir(period);
	}

	/**
	 * Whether a published period's files are gone from its folder: what {@code --restore}
	 * is for.
	 */
	boolean filesGone(YearMonth period) {
		return this.publisher.filesGone(period);
	}

}
