package ca.peaceops.fillrate.snapshot.page;

import ca.peaceops.fillrate.snapshot.InputProblem;
import ca.peaceops.fillrate.snapshot.MissionDraft;
import ca.peaceops.fillrate.snapshot.Pool;
import ca.peaceops.fillrate.snapshot.PoolDraft;
import ca.peaceops.fillrate.snapshot.Problems;
import ca.peaceops.fillrate.snapshot.Where;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The English and French pages of one date read as one snapshot: the English page's
 * missions and pools, with the French page's names as their French names. The two pages
 * are translations of each other, so their missions come in the same order with the same
 * figures; where they do not, the error names both files and lines.
 */
final class PagePair {

	private PagePair() {
	}

	static PageReading merge(PageReading english, PageReading french, Problems problems) {
		List<MissionDraft> en = english.missions();
		List<MissionDraft> fr = french.missions();
		if (en.size() != fr.size()) {
			InputProblem first = at(fr.isEmpty() ? null : fr.get(0));
			problems.add(new InputProblem((first != null) ? first.file() : "", 0, "",
					"the French page lists " + fr.size() + " missions and postings but the English page " + en.size()
							+ "; give the two pages of the same date"));
			return english;
		}
		List<MissionDraft> missions = new ArrayList<>();
		for (int i = 0; i < en.size(); i++) {
			MissionDraft e = en.get(i);
			MissionDraft f = fr.get(i);
			agree(e, f, "authorized", e.authorized(), f.authorized(), problems);
			agree(e, f, "deployed", e.deployed(), f.deployed(), problems);
			agree(e, f, "language", e.language(), f.language(), problems);
			agree(e, f, "armed", e.armed(), f.armed(), problems);
			agree(e, f, "shared cap", e.pool() != null, f.pool() != null, problems);
			missions.add(e.withNameFr(f.name().equals(e.name()) ? null : f.name()));
		}
		List<PoolDraft> pools = new ArrayList<>();
		for (int i = 0; i < english.pools().size(); i++) {
			PoolDraft e = english.pools().get(i);
			Pool pool = e.pool();
			if (i < french.pools().size()) {
				Pool f = french.pools().get(i).pool();
				if (!Objects.equals(pool.authorized(), f.authorized())) {
					problems.add(e.where()
						.problem("authorized", "the shared cap of " + pool.name() + " is " + pool.authorized()
								+ " here but " + f.authorized() + " at " + location(french.pools().get(i).where())));
				}
				pool = new Pool(pool.id(), pool.name(), pool.authorized(), pool.authorizedText(), pool.deployed(),
						f.name());
			}
			pools.add(new PoolDraft(pool, e.where()));
		}
		return new PageReading(english.dateModified(), english.dateLine(), english.source(), pools, missions);
	}

	private static void agree(MissionDraft english, MissionDraft french, String what, Object en, Object fr,
			Problems problems) {
		if (!Objects.equals(en, fr)) {
			problems.add(english.where()
				.problem(what, english.id() + ": " + what + " " + en + " here but " + fr + " at "
						+ location(french.where()) + " (" + french.name() + ")"));
		}
	}

	private static String location(Where where) {
		InputProblem at = where.problem("", "");
		return at.file() + ":" + at.line();
	}

	private static InputProblem at(MissionDraft draft) {
		return (draft != null) ? draft.where().problem("", "") : null;
	}

}
