package ca.peaceops.fillrate.place;

import java.util.List;
import java.util.Set;

import com.ibm.icu.util.Region;

/**
 * The region scheme: the five regions the United Nations' peace operations are reported
 * in (Africa, Americas, Asia-Pacific, Europe, Middle East), derived from the UN M49
 * containment that CLDR carries. M49 has no "Middle East": Western Asia is the Middle
 * East, except Cyprus and the South Caucasus, which peace operations count in Europe
 * (UNFICYP, UNOMIG); Iran, in M49's Southern Asia, is counted in the Middle East.
 */
public final class Regions {

	public static final String AFRICA = "Africa";

	public static final String AMERICAS = "Americas";

	public static final String ASIA_PACIFIC = "Asia-Pacific";

	public static final String EUROPE = "Europe";

	public static final String MIDDLE_EAST = "Middle East";

	/** Where a mission with no country, or an unknown one, is counted. */
	public static final String UNASSIGNED = "Unassigned";

	public static final List<String> ALL = List.of(AFRICA, AMERICAS, ASIA_PACIFIC, EUROPE, MIDDLE_EAST, UNASSIGNED);

	private static final Set<String> WESTERN_ASIA_IN_EUROPE = Set.of("CY", "GE", "AM", "AZ");

	private static final Set<String> MIDDLE_EAST_OUTSIDE_WESTERN_ASIA = Set.of("IR");

	private Regions() {
	}

	/**
	 * The region of a CLDR territory, or {@code null} for one outside every continent.
	 */
	static String of(Region territory) {
		String code = territory.toString();
		if (WESTERN_ASIA_IN_EUROPE.contains(code)) {
			return EUROPE;
		}
		if (MIDDLE_EAST_OUTSIDE_WESTERN_ASIA.contains(code)) {
			return MIDDLE_EAST;
		}
		Region subContinent = territory.getContainingRegion();
		if (subContinent != null && subContinent.toString().equals("145")) {
			return MIDDLE_EAST;
		}
		Region continent = territory.getContainingRegion(Region.RegionType.CONTINENT);
		if (continent == null) {
			return null;
		}
		return switch (continent.toString()) {
			case "002" -> AFRICA;
			case "019" -> AMERICAS;
			case "150" -> EUROPE;
			case "142", "009" -> ASIA_PACIFIC;
			default -> null;
		};
	}

}
