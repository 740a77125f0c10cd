package ca.peaceops.fillrate.report.pdf;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryTick;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A category axis that labels at most twelve of its categories, evenly spaced and always
 * the last: three years of months labelled one by one would overlap.
 */
final class SparseLabelAxis extends CategoryAxis {

	static final int MOST_LABELS = 12;

	@Override
	@SuppressWarnings("rawtypes")
	public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
		List ticks = super.refreshTicks(g2, state, dataArea, edge);
		int step = (ticks.size() + MOST_LABELS - 1) / MOST_LABELS;
		List<CategoryTick> kept = new ArrayList<>();
		for (int i = 0; i < ticks.size(); i++) {
			CategoryTick tick = (CategoryTick) ticks.get(i);
			boolean shown = step <= 1 || (ticks.size() - 1 - i) % step == 0;
			kept.add(shown ? tick : new CategoryTick(tick.getCategory(), new TextBlock(), tick.getLabelAnchor(),
					tick.getRotationAnchor(), tick.getAngle()));
		}
		return kept;
	}

}
