package ca.peaceops.fillrate.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import ca.peaceops.fillrate.fetch.TestPageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static ca.peaceops.fillrate.launch.ReportOutputs.pdfText;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job fetches the page itself, served by a real HTTP server on 127.0.0.1: from the
 * two URL options and an empty {@code snapshots/} to published reports, and on with the
 * caps in force when the page fails.
 */
class PageFetchIntegrationTests {

	@TempDir
	Path workspace;

	private TestPageServer server;

	private ReportCli cli;

	@BeforeEach
	void serve() throws IOException {
		this.server = new TestPageServer();
		this.server.serve("/en", TestPageServer.Response.html(TestPageServer.englishPage(), "\"en-1\""));
		this.server.serve("/fr", TestPageServer.Response.html(TestPageServer.frenchPage(), "\"fr-1\""));
		this.cli = new ReportCli(this.workspace);
		Files.createDirectories(this.cli.input().resolve("snapshots"));
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	private ReportCli.Result run(String period, String clock) {
		return this.cli.run("--period=" + period, "--fillrate.clock=" + clock,
				"--fillrate.source.page-url=" + this.server.url("/en"),
				"--fillrate.source.page-url-fr=" + this.server.url("/fr"), "--fillrate.source.timeout=5s");
	}

	@Test
	void theFetchedPageGivesTheCapsAndAnUnchangedPageChangesNothingUnderInput() throws IOException {
		ReportCli.Result first = run("2021-04", "2021-05-02T06:00:00Z");

		assertThat(first.exitCode()).as(first.stderr()).isZero();
		assertThat(this.cli.input().resolve("snapshots/2021-04-01.json")).exists();
		String french = pdfText(this.cli.reports().resolve("2021-04/fill-rate-report-2021-04.fr.pdf"))
			.replaceAll("\\s+", " ");
		assertThat(french).contains("Cisjordanie", "Plafonds confirmés sur la page le");

		Map<String, String> input = ReportOutputs.checksums(this.cli.input());
		ReportCli.Result second = run("2021-05", "2021-06-02T06:00:00Z");

		assertThat(second.exitCode()).as(second.stderr()).isZero();
		assertThat(ReportOutputs.checksums(this.cli.input())).as("nothing written under input/").isEqualTo(input);
		assertThat(pdfText(this.cli.reports().resolve("2021-05/fill-rate-report-2021-05.pdf")))
			.contains("Caps last confirmed against the page");
	}

	@Test
	void aServerErrorPublishesWithTheCapsInForceAndSaysSo() throws IOException {
		assertThat(run("2021-04", "2021-05-02T06:00:00Z").exitCode()).isZero();
		Map<String, String> input = ReportOutputs.checksums(this.cli.input());
		this.server.serve("/en", new TestPageServer.Response(500, "text/html", "down".getBytes(), null, 0));

		ReportCli.Result result = run("2021-05", "2021-06-02T06:00:00Z");

		assertThat(result.exitCode()).as(result.stderr()).isZero();
		assertThat(pdfText(this.cli.reports().resolve("2021-05/fill-rate-report-2021-05.pdf")).replaceAll("\\s+", " "))
			.contains("was not used: HTTP 500");
		assertThat(
				pdfText(this.cli.reports().resolve("2021-05/fill-rate-report-2021-05.fr.pdf")).replaceAll("\\s+", " "))
			.as("the reason in the French edition's own words")
			.contains("HTTP 500 de " + this.server.url("/en"))
			.doesNotContain("HTTP 500 from");
		assertThat(ReportOutputs.checksums(this.cli.input())).isEqualTo(input);
	}

	@Test
	void aPageTheReaderRefusesPublishesWithTheCapsInForceAndWritesNoSnapshot() throws IOException {
		assertThat(run("2021-04", "2021-05-02T06:00:00Z").exitCode()).isZero();
		this.server.serve("/en",
				TestPageServer.Response
					.html("<html><body><main><h1>Current operations</h1><p>Moved.</p></main></body></html>"
						.getBytes(StandardCharsets.UTF_8), "\"en-2\""));

		ReportCli.Result result = run("2021-05", "2021-06-02T06:00:00Z");

		assertThat(result.exitCode()).as(result.stderr()).isZero();
		try (var snapshots = Files.list(this.cli.input().resolve("snapshots"))) {
			assertThat(snapshots.map((path) -> path.getFileName().toString())).containsExactly("2021-04-01.json");
		}
		assertThat(pdfText(this.cli.reports().resolve("2021-05/fill-rate-report-2021-05.pdf")).replaceAll("\\s+", " "))
			.contains("can no longer be read");
	}

	@Test
	void withNoCapsYetAFailedFetchStopsTheRunNamingIt() {
		this.server.serve("/en", new TestPageServer.Response(503, "text/html", "down".getBytes(), null, 0));

		ReportCli.Result result = run("2021-04", "2021-05-02T06:00:00Z");

		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.stderr())
			.startsWith("failed: no caps for 2021-04 yet, and the page could not be used: HTTP 503")
			.hasLineCount(1);
		assertThat(this.cli.reports().resolve("2021-04")).doesNotExist();
	}

}
