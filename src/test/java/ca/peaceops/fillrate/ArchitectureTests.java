package ca.peaceops.fillrate;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape the packages keep: a pure calculation, and each library behind its own
 * package.
 */
@AnalyzeClasses(packages = "ca.peaceops.fillrate", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule ratesArePlainJava = noClasses().that()
		.resideInAPackage("..rates..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "java.io..", "java.nio..", "java.sql..", "com.lowagie..",
				"tools.jackson..")
		.because("the calculation must be testable rule by rule without Spring or I/O");

	@ArchTest
	static final ArchRule openPdfStaysInThePdfPackage = noClasses().that()
		.resideOutsideOfPackage("..report.pdf..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("com.lowagie..")
		.because("only the PDF writer knows the PDF library");

	@ArchTest
	static final ArchRule csvLibraryStaysInReadersAndTheCsvWriter = noClasses().that()
		.resideOutsideOfPackages("..report.csv..", "..snapshot..", "..place..", "..roster..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("de.siegmar.fastcsv..")
		.because("one CSV library, used where files are read and written");

	@ArchTest
	static final ArchRule snapshotsKnowNothingOfReportsOrTheJob = noClasses().that()
		.resideInAPackage("..snapshot..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..report..", "..job..", "..history..", "org.springframework..");

	@ArchTest
	static final ArchRule theJsonFormKnowsNoOtherForm = noClasses().that()
		.resideInAPackage("..snapshot.json..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..snapshot.csv..", "..snapshot.page..")
		.because("each form reads on its own, from the model's rules");

	@ArchTest
	static final ArchRule theCsvFormKnowsNotThePage = noClasses().that()
		.resideInAPackage("..snapshot.csv..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..snapshot.page..")
		.because("each form reads on its own; an importer only writes the JSON form");

	@ArchTest
	static final ArchRule thePageKnowsNotTheCsvForm = noClasses().that()
		.resideInAPackage("..snapshot.page..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..snapshot.csv..")
		.because("each form reads on its own; an importer only writes the JSON form");

	/**
	 * The command line hands one request to a run, a run starts the job, the job's steps
	 * call the feature packages: never back up.
	 */
	@ArchTest
	static final ArchRule launchThenRunThenJob = layeredArchitecture().consideringOnlyDependenciesInLayers()
		.layer("Application")
		.definedBy("ca.peaceops.fillrate")
		.layer("Launch")
		.definedBy("..fillrate.launch..")
		.layer("Run")
		.definedBy("..fillrate.run..")
		.layer("Job")
		.definedBy("..fillrate.job..")
		.layer("Features")
		.definedBy("..fillrate.snapshot..", "..fillrate.rates..", "..fillrate.report..", "..fillrate.history..",
				"..fillrate.delivery..", "..fillrate.roster..", "..fillrate.place..", "..fillrate.fetch..")
		.whereLayer("Application")
		.mayNotBeAccessedByAnyLayer()
		.whereLayer("Launch")
		.mayOnlyBeAccessedByLayers("Application")
		.whereLayer("Run")
		.mayOnlyBeAccessedByLayers("Application", "Launch")
		.whereLayer("Job")
		.mayOnlyBeAccessedByLayers("Application", "Launch", "Run")
		.whereLayer("Features")
		.mayOnlyBeAccessedByLayers("Application", "Launch", "Run", "Job", "Features");

	@ArchTest
	static final ArchRule featurePackagesAreFreeOfCycles = slices().matching("ca.peaceops.fillrate.(*)..")
		.should()
		.beFreeOfCycles();

}
