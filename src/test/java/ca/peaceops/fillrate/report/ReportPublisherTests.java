package ca.peaceops.fillrate.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publication alone, on a real folder: staged files replace an edition in one move, the
 * files someone else keeps beside a report survive a new edition, and only a folder of
 * this program's is written to.
 */
class ReportPublisherTests {

	private static final YearMonth MARCH = YearMonth.of(2018, 3);

	@TempDir
	Path reports;

	@Test
	void stagedFilesAreMovedIntoThePeriodsFolderWithTheHistory() throws IOException {
		ReportPublisher publisher = new ReportPublisher(this.reports);
		Path history = stage(publisher, "edition 1");

		publisher.publish(MARCH, history);
		publisher.finish(MARCH);

		assertThat(this.reports.resolve("2018-03/missions-2018-03.csv")).hasContent("edition 1");
		assertThat(this.reports.resolve("history.csv")).hasContent("history");
		assertThat(this.reports.resolve(".work")).doesNotExist();
		assertThat(ReportPublisher.unfit(this.reports)).as("now a folder of this program").isEmpty();
	}

	@Test
	void aNewEditionReplacesOurFilesAndKeepsSomeoneElses() throws IOException {
		ReportPublisher publisher = new ReportPublisher(this.reports);
		publisher.publish(MARCH, stage(publisher, "edition 1"));
		publisher.finish(MARCH);
		Files.writeString(this.reports.resolve("2018-03/receipt.txt"), "signed");

		publisher.publish(MARCH, stage(publisher, "edition 2"));
		publisher.finish(MARCH);

		assertThat(this.reports.resolve("2018-03/missions-2018-03.csv")).hasContent("edition 2");
		assertThat(this.reports.resolve("2018-03/receipt.txt")).hasContent("signed");
	}

	@Test
	void publishingAgainAfterACrashBetweenTheMovesFinishesTheJob() throws IOException {
		ReportPublisher publisher = new ReportPublisher(this.reports);
		Path history = stage(publisher, "edition 1");
		publisher.publish(MARCH, history);
		// A crash before the history was recorded: the step runs again with its
		// staged history file written again.
		Path again = publisher.workDir(MARCH).resolve("history.csv");
		Files.writeString(again, "history");

		publisher.publish(MARCH, again);

		assertThat(this.reports.resolve("2018-03/missions-2018-03.csv")).hasContent("edition 1");
	}

	@Test
	void aMissingFileOfAPublishedPeriodIsNoticed() throws IOException {
		ReportPublisher publisher = new ReportPublisher(this.reports);
		publisher.publish(MARCH, stage(publisher, "edition 1"));
		assertThat(publisher.filesGone(MARCH)).isFalse();

		Files.delete(this.reports.resolve("2018-03/missions-2018-03.csv"));

		assertThat(publisher.filesGone(MARCH)).isTrue();
	}

	@Test
	void aFolderHoldingOtherFilesIsRefused() throws IOException {
		Files.writeString(this.reports.resolve("thesis.docx"), "mine");

		assertThat(ReportPublisher.unfit(this.reports))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("holds other files (thesis.docx)"));
		assertThat(ReportPublisher.unfit(this.reports.resolve("new"))).isEmpty();
	}

	/** Stages a PDF and a CSV with their SHA256SUMS, as the writing steps do. */
	private Path stage(ReportPublisher publisher, String content) throws IOException {
		Path staged = Files.createDirectories(publisher.stagingDir(MARCH));
		Files.writeString(staged.resolve(ReportFiles.pdf(MARCH)), "%PDF " + content);
		Files.writeString(staged.resolve("missions-2018-03.csv"), content);
		Manifest.write(staged);
		Path history = publisher.workDir(MARCH).resolve("history.csv");
		Files.writeString(history, "history");
		return history;
	}

}
