package ca.peaceops.fillrate.launch;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * UN police components' figures: countries from everywhere, historical names and a
 * mission with no single country report with the shipped region table as it is, and the
 * French edition names countries and regions in French.
 */
@ExtendWith(OutputCaptureExtension.class)
class WorldDataIntegrationTests {

	private static final String SNAPSHOT = """
			as_of,id,name,name_fr,country,authorized,deployed,source
			2005-03-31,UNFICYP,United Nations Peacekeeping Force in Cyprus,Force des Nations Unies chargée du maintien de la paix à Chypre,Cyprus,69,69,test figures
			2005-03-31,UNMIK,United Nations Interim Administration Mission in Kosovo,,Kosovo,3510,3339,test figures
			2005-03-31,UNMIL,United Nations Mission in Liberia,,Liberia,1115,1040,test figures
			2005-03-31,UNMISET,United Nations Mission of Support in East Timor,,East Timor,157,135,test figures
			2005-03-31,UNOCI,United Nations Operation in Côte d'Ivoire,,Ivory Coast,350,268,test figures
			2005-03-31,UNMIBH,United Nations Mission in Bosnia and Herzegovina,,Yugoslavia,2057,1800,test figures
			2005-03-31,UNPROFOR,United Nations Protection Force,,,803,750,test figures
			""";

	@TempDir
	Path workspace;

	@Test
	void everyMissionHasARegionItsPublishedRateAndFrenchNamesInTheFrenchEdition(CapturedOutput output)
			throws IOException {
		ReportCli cli = new ReportCli(this.workspace);
		Files.createDirectories(cli.input().resolve("snapshots"));
		Files.copy(Path.of("input/regions.csv"), cli.input().resolve("regions.csv"));
		Files.writeString(cli.input().resolve("snapshots/2005-03-31.csv"), SNAPSHOT);

		ReportCli.Result result = cli.run("--period=2005-03", "--fillrate.report.title=UN police components",
				"--fillrate.report.title-fr=Composantes de police de l'ONU");

		assertThat(result.exitCode()).as(result.stderr()).isZero();
		Path period = cli.reports().resolve("2005-03");
		List<NamedCsvRecord> missions = ReportOutputs.csv(period.resolve("missions-2005-03.csv"));
		assertThat(missions).extracting((row) -> row.getField("mission_id") + " " + row.getField("region"))
			.containsExactly("UNFICYP Europe", "UNMIK Europe", "UNMIL Africa", "UNMISET Asia-Pacific", "UNOCI Africa",
					"UNMIBH Europe", "UNPROFOR Unassigned");
		for (NamedCsvRecord row : missions) {
			BigDecimal published = new BigDecimal(row.getField("deployed"))
				.divide(new BigDecimal(row.getField("authorized")), 4, RoundingMode.HALF_UP);
			assertThat(new BigDecimal(row.getField("fill_rate"))).as(row.getField("mission_id")).isEqualTo(published);
		}
		// A long name wraps in its table cell.
		String french = ReportOutputs.pdfText(period.resolve("fill-rate-report-2005-03.fr.pdf"))
			.replaceAll("\\s+", " ");
		assertThat(french).contains("Chypre", "Libéria", "Timor oriental", "Yougoslavie", "Non attribuée",
				"Force des Nations Unies chargée du maintien de la paix à Chypre", "Composantes de police de l'ONU");
		assertThat(ReportOutputs.pdfText(period.resolve("fill-rate-report-2005-03.pdf"))).contains("Cyprus",
				"Unassigned", "UNPROFOR: no single country is given");
		// The warning reaches the person who ran it: counted in the summary line, the
		// first in its own words.
		assertThat(output.getOut()).contains("WARN  Period 2005-03: UNPROFOR: no single country is given")
			.containsPattern("Published period 2005-03 from .*; 1 warning\\R");
		try (PDDocument pdf = Loader.loadPDF(period.resolve("fill-rate-report-2005-03.pdf").toFile())) {
			assertThat(pdf.getDocumentInformation().getTitle()).startsWith("UN police components");
		}
	}

}
