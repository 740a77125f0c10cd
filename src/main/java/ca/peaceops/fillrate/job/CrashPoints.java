package ca.peaceops.fillrate.job;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Fault injection for the restart tests: with {@code fillrate.crash-at=POINT} the process
 * dies at that point as if killed with {@code kill -9} (no shutdown hook, no rollback by
 * the program). Points: {@code before:STEP} (the step has started, its work has not), and
 * the named points inside steps, {@code writePdf:english-written} and
 * {@code publish:files-moved} (before the history commits), and
 * {@code deliver:message-data-sent} (a message's data is with the server, its final
 * {@code .} not yet). Without the property there is no such bean, and the steps'
 * checkpoints do nothing.
 */
@Component
@ConditionalOnProperty("fillrate.crash-at")
public class CrashPoints implements Checkpoint, StepExecutionListener {

	public static final List<String> POINTS = List.of("before:selectSnapshot", "before:readSnapshot",
			"before:computeRates", "before:writeCsv", "before:writePdf", "before:writeHtml", "before:publish",
			"before:deliver", "before:finish", "writePdf:english-written", "publish:files-moved",
			"deliver:message-data-sent");

	private static final Log logger = LogFactory.getLog(CrashPoints.class);

	private final String crashAt;

	CrashPoints(@Value("${fillrate.crash-at:}") String crashAt) {
		this.crashAt = crashAt;
	}

	@Override
	public void reached(String point) {
		if (point.equals(this.crashAt)) {
			logger.warn("Crashing at " + point + " (fillrate.crash-at)");
			Runtime.getRuntime().halt(137);
		}
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		reached("before:" + stepExecution.getStepName());
	}

}
