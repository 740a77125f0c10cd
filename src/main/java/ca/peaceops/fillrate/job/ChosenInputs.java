package ca.peaceops.fillrate.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.UnaryOperator;

import ca.peaceops.fillrate.snapshot.CountsFile;
import ca.peaceops.fillrate.snapshot.InputFingerprint;
import ca.peaceops.fillrate.snapshot.PeriodInputs;
import ca.peaceops.fillrate.snapshot.SnapshotFile;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * A period's inputs as a run chose them, with the SHA-256 of each file, handed to the job
 * as its (non-identifying) parameters: the read step reads exactly these files and checks
 * their bytes, and never chooses again.
 *
 * @param countsSha256 the counts file's checksum when the counts are not the caps
 * snapshot's own
 */
public record ChosenInputs(PeriodInputs inputs, String capsSha256, Optional<String> countsSha256) {

	static final String CAPS_PATH = "caps.path";

	static final String CAPS_SHA256 = "caps.sha256";

	static final String COUNTS_PATH = "counts.path";

	static final String COUNTS_AS_OF = "counts.asOf";

	static final String COUNTS_SOURCE = "counts.source";

	static final String COUNTS_SHA256 = "counts.sha256";

	/**
	 * What a restart compares with what the failed execution staged: both files' bytes.
	 */
	public String fingerprint() {
		return InputFingerprint.of(this.capsSha256, this.countsSha256.orElse(null));
	}

	/** The caps file, as the summary line names it. */
	public Path capsPath() {
		return this.inputs.caps().path();
	}

	public JobParametersBuilder addTo(JobParametersBuilder parameters) {
		parameters.addString(CAPS_PATH, this.inputs.caps().path().toString(), false)
			.addString(CAPS_SHA256, this.capsSha256, false);
		this.inputs.counts().ifPresent((counts) -> {
			parameters.addString(COUNTS_PATH, counts.path().toString(), false)
				.addString(COUNTS_AS_OF, counts.asOf().toString(), false)
				.addString(COUNTS_SOURCE, counts.source().name(), false);
		});
		this.countsSha256.ifPresent((sha) -> parameters.addString(COUNTS_SHA256, sha, false));
		return parameters;
	}

	/** The inputs a launch chose, as the job's parameters hand them to a step. */
	public static ChosenInputs of(JobParameters parameters) {
		return of(parameters::getString);
	}

	/**
	 * @param parameter a job parameter's value by name, {@code null} if not given
	 */
	static ChosenInputs of(UnaryOperator<String> parameter) {
		YearMonth period = YearMonth.parse(parameter.apply(JobRun.PERIOD));
		SnapshotFile caps = SnapshotFile.of(Path.of(parameter.apply(CAPS_PATH))).orElseThrow();
		Optional<CountsFile> counts = Optional.ofNullable(parameter.apply(COUNTS_PATH))
			.map((path) -> new CountsFile(Path.of(path), LocalDate.parse(parameter.apply(COUNTS_AS_OF)),
					CountsFile.Source.valueOf(parameter.apply(COUNTS_SOURCE))));
		return new ChosenInputs(new PeriodInputs(period, caps, counts), parameter.apply(CAPS_SHA256),
				Optional.ofNullable(parameter.apply(COUNTS_SHA256)));
	}

}
