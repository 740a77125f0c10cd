package ca.peaceops.fillrate.run;

import java.util.Optional;

import ca.peaceops.fillrate.run.LaunchDecision.Action;
import ca.peaceops.fillrate.run.LaunchDecision.Decision;
import ca.peaceops.fillrate.run.LaunchDecision.Facts;
import ca.peaceops.fillrate.run.LaunchDecision.LastRun;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every case of what a launch does for a period. */
class LaunchDecisionTests {

	private static final String INPUT = "sha-of-the-snapshot-now";

	private static Facts facts(boolean published, LastRun last) {
		return new Facts(published, last, Optional.empty(), false, INPUT);
	}

	private static Facts failed(LastRun last, Optional<String> staged, boolean stagedBefore) {
		return new Facts(false, last, staged, stagedBefore, INPUT);
	}

	@Test
	void theEditionIsTheFirstThePublishedOneOrWithRerunTheNext() {
		assertThat(LaunchDecision.edition(Optional.empty(), false)).isEqualTo(1);
		assertThat(LaunchDecision.edition(Optional.empty(), true)).isEqualTo(1);
		assertThat(LaunchDecision.edition(Optional.of(2), false)).isEqualTo(2);
		assertThat(LaunchDecision.edition(Optional.of(2), true)).isEqualTo(3);
	}

	@Test
	void aPeriodNeverRunStarts() {
		assertThat(LaunchDecision.decide(1, false, facts(false, LastRun.NONE)))
			.isEqualTo(new Decision(Action.START, 1, false));
	}

	@Test
	void aPublishedPeriodIsAlreadyDoneUnlessRerun() {
		assertThat(LaunchDecision.decide(1, false, facts(true, LastRun.COMPLETED)).action())
			.isEqualTo(Action.ALREADY_DONE);
		assertThat(LaunchDecision.decide(2, true, facts(true, LastRun.NONE)))
			.isEqualTo(new Decision(Action.START, 2, false));
	}

	@Test
	void aPeriodPublishedWithoutAnExecutionIsAlreadyDone() {
		// The history restored from a backup without the job repository's rows.
		assertThat(LaunchDecision.decide(1, false, facts(true, LastRun.NONE)).action()).isEqualTo(Action.ALREADY_DONE);
	}

	@Test
	void anEditionCompletedIsAlreadyDoneEvenWhenNotYetInTheHistory() {
		assertThat(LaunchDecision.decide(1, false, facts(false, LastRun.COMPLETED)).action())
			.isEqualTo(Action.ALREADY_DONE);
	}

	@Test
	void aPeriodRunByALiveProcessIsAlreadyRunning() {
		assertThat(LaunchDecision.decide(1, false, facts(false, LastRun.RUNNING)).action())
			.isEqualTo(Action.ALREADY_RUNNING);
		assertThat(LaunchDecision.decide(2, true, facts(true, LastRun.RUNNING)).action())
			.isEqualTo(Action.ALREADY_RUNNING);
	}

	@Test
	void aFailedRunRestartsFromItsStagedCopyWhenTheSnapshotIsUnchanged() {
		assertThat(LaunchDecision.decide(1, false, failed(LastRun.FAILED, Optional.of(INPUT), true)))
			.isEqualTo(new Decision(Action.RESTART, 1, false));
	}

	@Test
	void aFailedRunThatStagedNothingRestarts() {
		assertThat(LaunchDecision.decide(1, false, failed(LastRun.FAILED, Optional.empty(), false)))
			.isEqualTo(new Decision(Action.RESTART, 1, false));
	}

	@Test
	void aDeadRunIsRecoveredThenRestarted() {
		assertThat(LaunchDecision.decide(1, false, failed(LastRun.DEAD, Optional.of(INPUT), true)))
			.isEqualTo(new Decision(Action.RESTART, 1, true));
	}

	@Test
	void aSnapshotCorrectedAfterTheFailureStartsANewEdition() {
		assertThat(LaunchDecision.decide(1, false, failed(LastRun.FAILED, Optional.of("sha-before"), true)))
			.isEqualTo(new Decision(Action.START_AFRESH, 2, false));
		assertThat(LaunchDecision.decide(1, false, failed(LastRun.DEAD, Optional.of("sha-before"), true)))
			.isEqualTo(new Decision(Action.START_AFRESH, 2, true));
	}

	@Test
	void aStagedCopyThatWasDeletedOrCannotBeReadStartsANewEdition() {
		assertThat(LaunchDecision.decide(1, false, failed(LastRun.FAILED, Optional.empty(), true)).action())
			.isEqualTo(Action.START_AFRESH);
		assertThat(LaunchDecision.decide(3, true, failed(LastRun.FAILED, Optional.of(""), true)))
			.isEqualTo(new Decision(Action.START_AFRESH, 4, false));
	}

}
