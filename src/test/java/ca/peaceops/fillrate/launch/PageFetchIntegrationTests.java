package ca.peaceops.fillrate.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import ca.peaceops.fillrate.fetch.TestPageServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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

	private static final String APRIL = "2021-04";

	private static final String APRIL_RUN = "2021-05-02T06:00:00Z";

	/**
	 * One server for the class: a copied workspace fetches from the URL it was made with.
	 */
	private static TestPageServer server;

	/**
	 * April published from the page fetched into an empty {@code snapshots/}: copied by
	 * the tests that go on from there.
	 */
	private static ReportCli april;

	@TempDir
	static Path shared;

	@TempDir
	Path workspace;

	@BeforeAll
	static void publishAprilFromThePage() throws IOException {
		server = new TestPageServer();
		serveBothPages();
		april = new ReportCli(shared);
		Files.createDirectories(april.input().resolve("snapshots"));
		ReportCli.Result result = run(april, APRIL, APRIL_RUN);
		assertThat(result.exitCode()).as(result.stderr()).isZero();
	}

	@BeforeEach
	void serveThePagesAgain() {
		serveBothPages();
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	private static void serveBothPages() {
		server.serve("/en", TestPageServer.Response.html(TestPageServer.englishPage(), "\"en-1\""));
		server.serve("/fr", TestPageServer.Response.html(TestPageServer.frenchPage(), "\"fr-1\""));
	}

	private static ReportCli.Result run(ReportCli cli, String period, String clock) {
		return cli.run("--period=" + period, "--fillrate.clock=" + clock,
				"--fillrate.source.page-url=" + server.url("/en"), "--fillrate.source.page-url-fr=" + server.url("/fr"),
				"--fillrate.source.timeout=5s");
	}

	@Test
	void theFetchedPageGivesTheCapsAndAnUnchangedPageChangesNothingUnderInput() throws IOException {
		assertThat(april.input().resolve("snapshots/2021-04-01.json")).exists();
		String french = pdfText(april.reports().resolve("2021-04/fill-rate-report-2021-04.fr.pdf")).replaceAll("\\s+",
				" ");
		assertThat(french).contains("Cisjordanie", "Plafonds confirmés sur la page le");
		ReportCli cli = april.copy(this.workspace);
		Map<String, String> input = ReportOutputs.checksums(cli.input());

		ReportCli.Result second = run(cli, "2021-05", "2021-06-02T06:00:00Z");

		assertThat(second.exitCode()).as(second.stderr()).isZero();
		assertThat(ReportOutputs.checksums(cli.input())).as("nothing written under input/").isEqualTo(input);
		assertThat(pdfText(cli.reports().resolve("2021-05/fill-rate-report-2021-05.pdf")))
			.contains("Caps last confirmed against the page");
	}

	@Test
	void aServerErrorPublishesWithTheCapsInForceAndSaysSo() throws IOException {
		ReportCli cli = april.copy(this.workspace);
		Map<String, String> input = ReportOutputs.checksums(cli.input());
		server.serve("/en", new TestPageServer.Response(500, "text/html", "down".getBytes(), null, 0));

		ReportCli.Result result = run(cli, "2021-05", "2021-06-02T06:00:00Z");

		assertThat(result.exitCode()).as(result.stderr()).isZero();
		assertThat(pdfText(cli.reports().resolve("2021-05/fill-rate-report-2021-05.pdf")).replaceAll("\\s+", " "))
			.contains("was not used: HTTP 500");
		assertThat(pdfText(cli.reports().resolve("2021-05/fill-rate-report-2021-05.fr.pdf")).replaceAll("\\s+", " "))
			.as("the reason in the French edition's own words")
			.contains("HTTP 500 de " + server.url("/en"))
			.doesNotContain("HTTP 500 from");
		assertThat(ReportOutputs.checksums(cli.input())).isEqualTo(input);
	}

	@Test
	void aPageTheReaderRefusesPublishesWithTheCapsInForceAndWritesNoSnapshot() throws IOException {
		ReportCli cli = april.copy(this.workspace);
		server.serve("/en",
				TestPageServer.Response
					.html("<html><body><main><h1>Current operations</h1><p>Moved.</p></main></body></html>"
						.getBytes(StandardCharsets.UTF_8), "\"en-2\""));

		ReportCli.Result result = run(cli, "2021-05", "2021-06-02T06:00:00Z");

		assertThat(result.exitCode()).as(result.stderr()).isZero();
		try (var snapshots = Files.list(cli.input().resolve("snapshots"))) {
			assertThat(snapshots.map((path) -> path.getFileName().toString())).containsExactly("2021-04-01.json");
		}
		assertThat(pdfText(cli.reports().resolve("2021-05/fill-rate-report-2021-05.pdf")).replaceAll("\\s+", " "))
			.contains("can no longer be read");
	}

	@Test
	void withNoCapsYetAFailedFetchStopsTheRunNamingIt() throws IOException {
		ReportCli cli = new ReportCli(this.workspace);
		Files.createDirectories(cli.input().resolve("snapshots"));
		server.serve("/en", new TestPageServer.Response(503, "text/html", "down".getBytes(), null, 0));

		ReportCli.Result result = run(cli, APRIL, APRIL_RUN);

		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.stderr())
			.startsWith("failed: no caps for 2021-04 yet, and the page could not be used: HTTP 503")
			.hasLineCount(1);
		assertThat(cli.reports().resolve("2021-04")).doesNotExist();
	}

}
