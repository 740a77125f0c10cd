package ca.peaceops.fillrate.launch;

import java.io.IOException;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import ca.peaceops.fillrate.delivery.DeliveryProperties;
import ca.peaceops.fillrate.job.FillRateProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.bind.DefaultValue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The option tables of the README and docs/operations.md against the configuration
 * properties: every documented option is one the program accepts, every setting is
 * documented, and a documented default is the program's. And no document links to a file
 * that is not there.
 */
class DocumentationTests {

	private static final List<Path> DOCUMENTS = documents();

	private static final Pattern OPTION_ROW = Pattern.compile("^\\| `(--[^`]+)` \\|.*\\| (.*) \\|$");

	private static final Pattern OPTION = Pattern.compile("--([a-z][a-z.-]*)");

	@Test
	void everyDocumentedOptionIsAccepted() {
		assertThat(documentedOptions().keySet()).isNotEmpty()
			.allSatisfy((name) -> assertThat(RunOptions.isKnown(name)).as("--" + name).isTrue());
	}

	@Test
	void everySettingIsDocumentedWithTheProgramsDefault() {
		Map<String, String> documented = documentedOptions();
		Map<String, String> settings = new LinkedHashMap<>();
		settings(FillRateProperties.class, "fillrate.", settings);
		settings(FillRateProperties.Report.class, "fillrate.report.", settings);
		settings(FillRateProperties.Source.class, "fillrate.source.", settings);
		settings(DeliveryProperties.class, "mail.", settings);
		// Fed by the short options; the report record is a group; crash points are for
		// the restart tests only.
		for (String internal : List.of("fillrate.input", "fillrate.reports", "fillrate.csv-dialect", "fillrate.report",
				"fillrate.source")) {
			settings.remove(internal);
		}
		settings.forEach((name, defaultValue) -> {
			assertThat(documented).as("--" + name + " is documented").containsKey(name);
			if (!defaultValue.isEmpty()) {
				assertThat(documented.get(name)).as("the documented default of --" + name)
					.isEqualTo("`" + defaultValue + "`");
			}
		});
	}

	@Test
	void helpListsEveryDocumentedOptionAndTheExitStatusesAndExitsZero(@TempDir Path workspace) {
		ReportCli.Result help = new ReportCli(workspace).run("--help");

		assertThat(help.exitCode()).isZero();
		assertThat(help.stderr()).isEmpty();
		assertThat(documentedOptions().keySet())
			.allSatisfy((name) -> assertThat(help.stdout()).as("--" + name).contains("--" + name));
		assertThat(help.stdout()).contains("--fillrate.report.fill-threshold (default 0.50)")
			.contains("  2  bad input")
			.contains("  4  published, but the email could not be sent");
		assertThat(workspace.resolve("data")).as("no database opened").doesNotExist();
	}

	@Test
	void versionIsTheChangelogsNewestRelease(@TempDir Path workspace) throws IOException {
		ReportCli.Result version = new ReportCli(workspace).run("--version");
		Matcher newest = Pattern.compile("(?m)^- (\\d+\\.\\d+\\.\\d+)")
			.matcher(Files.readString(Path.of("CHANGELOG.md")));

		assertThat(newest.find()).isTrue();
		assertThat(version.exitCode()).isZero();
		assertThat(version.stdout()).isEqualTo("fill-rate-report " + newest.group(1) + "\n");
	}

	@Test
	void everyLinkLeadsToAFileOfTheRepository() throws IOException {
		Pattern link = Pattern.compile("\\]\\(([^)#:]+)(#[^)]*)?\\)");
		for (Path document : DOCUMENTS) {
			Matcher matcher = link.matcher(Files.readString(document));
			while (matcher.find()) {
				assertThat(document.resolveSibling(matcher.group(1))).as(document + " links to " + matcher.group(1))
					.exists();
			}
		}
	}

	/** Option name (without its dashes) to the default column, from every table. */
	private static Map<String, String> documentedOptions() {
		Map<String, String> options = new LinkedHashMap<>();
		for (Path document : DOCUMENTS) {
			try {
				for (String line : Files.readAllLines(document)) {
					Matcher row = OPTION_ROW.matcher(line);
					if (row.matches()) {
						Matcher option = OPTION.matcher(row.group(1));
						while (option.find()) {
							options.putIfAbsent(option.group(1), row.group(2).strip());
						}
					}
				}
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return options;
	}

	/** A properties record's settings, kebab-case, with their {@code @DefaultValue}. */
	private static void settings(Class<? extends Record> type, String prefix, Map<String, String> settings) {
		RecordComponent[] components = type.getRecordComponents();
		Parameter[] parameters = type.getDeclaredConstructors()[0].getParameters();
		for (int i = 0; i < components.length; i++) {
			DefaultValue value = parameters[i].getAnnotation(DefaultValue.class);
			String name = prefix + components[i].getName().replaceAll("([A-Z])", "-$1").toLowerCase();
			settings.put(name, (value != null && value.value().length == 1) ? value.value()[0] : "");
		}
	}

	private static List<Path> documents() {
		List<Path> documents = new ArrayList<>(List.of(Path.of("README.md")));
		try (Stream<Path> docs = Files.list(Path.of("docs"))) {
			docs.filter((path) -> path.toString().endsWith(".md")).sorted().forEach(documents::add);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return documents;
	}

}
