package ca.peaceops.fillrate.place;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

/**
 * Resolves a place as a source writes it ("Haiti", "Haïti", "HTI", "East Timor",
 * "Chypre") to its region and French name. In order: the override table
 * ({@code input/regions.csv}, for places that are not countries), a region's own name
 * ("Middle East"), the alias list shipped with the program (historical and formal names),
 * ISO codes, and CLDR's English and French names; a name joining several places
 * ("Ethiopia and Eritrea") takes their region when they share one.
 */
public final class Places {

	private static final ULocale FRENCH = ULocale.CANADA_FRENCH;

	private static final Map<String, String> REGION_FR = Map.of(Regions.AFRICA, "Afrique", Regions.AMERICAS,
			"Amériques", Regions.ASIA_PACIFIC, "Asie-Pacifique", Regions.EUROPE, "Europe", Regions.MIDDLE_EAST,
			"Moyen-Orient", Regions.UNASSIGNED, "Non attribuée");

	/** CLDR's names and the aliases, as spelt; filled with {@link #WORLD}. */
	private static final List<String> WORLD_NAMES = new ArrayList<>();

	private static final Map<String, Place> WORLD = buildWorld();

	private final Map<String, Place> overrides;

	private final List<String> names;

	Places(Map<String, Place> overrides) {
		Map<String, Place> byKey = new HashMap<>();
		overrides.forEach((name, place) -> byKey.put(fold(name), place));
		// The French page names the same places in French ("Région des Caraïbes").
		overrides.values()
			.stream()
			.filter((place) -> place.nameFr() != null)
			.forEach((place) -> byKey.putIfAbsent(fold(place.nameFr()), place));
		this.overrides = Map.copyOf(byKey);
		Set<String> names = new LinkedHashSet<>(overrides.keySet());
		names.addAll(WORLD_NAMES);
		this.names = List.copyOf(names);
	}

	/** Only what CLDR and the shipped aliases know. */
	public static Places world() {
		return new Places(Map.of());
	}

	/**
	 * With the overrides of a {@code country,region[,country_fr]} table; a missing file
	 * is no override.
	 * @throws BadRegionTableException naming the file and line of a bad row
	 */
	public static Places load(Path overrides) {
		if (!Files.isRegularFile(overrides)) {
			return world();
		}
		Map<String, Place> places = new HashMap<>();
		try (CsvReader<NamedCsvRecord> reader = csv().ofNamedCsvRecord(overrides, StandardCharsets.UTF_8)) {
			reader.forEach((row) -> {
				String country = cell(row, "country");
				String region = cell(row, "region");
				if (country == null || region == null) {
					throw new BadRegionTableException(overrides.toString(), (int) row.getStartingLineNumber(),
							"each row needs a country and a region", null);
				}
				String french = cell(row, "country_fr");
				if (french == null) {
					french = Optional.ofNullable(WORLD.get(fold(country))).map(Place::nameFr).orElse(null);
				}
				places.put(country, new Place(region, french));
			});
		}
		catch (IOException | CsvParseException ex) {
			throw new BadRegionTableException(overrides.toString(), 0,
					"cannot read the region table: " + ex.getMessage(), ex);
		}
		return new Places(places);
	}

	public Optional<Place> resolve(String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		String key = fold(name);
		Place place = this.overrides.getOrDefault(key, WORLD.get(key));
		if (place != null) {
			return Optional.of(place);
		}
		Optional<Place> coded = code(name.strip());
		if (coded.isPresent()) {
			return coded;
		}
		String plain = key.replaceAll("\\(.*?\\)", " ").replaceAll("^(the|la|le|les|l') ", "").strip();
		place = this.overrides.getOrDefault(plain, WORLD.get(plain));
		return (place != null) ? Optional.of(place) : joined(name);
	}

	/** The region of a place, {@link Regions#UNASSIGNED} when it cannot be resolved. */
	public String regionOf(String name) {
		return resolve(name).map(Place::region).orElse(Regions.UNASSIGNED);
	}

	/** A region's name in French; a region named by an override stays as given. */
	public static String regionFr(String region) {
		return REGION_FR.getOrDefault(region, region);
	}

	/**
	 * Every name this resolves, as spelt (the overrides first), to find places in prose.
	 */
	public List<String> names() {
		return this.names;
	}

	private Optional<Place> joined(String name) {
		String[] parts = name.split("\\s+(?:and|et|&)\\s+|\\s*/\\s*|\\s+[–-]\\s+|,\\s*");
		if (parts.length < 2) {
			return Optional.empty();
		}
		String region = null;
		List<String> french = new ArrayList<>();
		for (String part : parts) {
			Optional<Place> place = resolve(part);
			if (place.isEmpty() || region != null && !region.equals(place.get().region())) {
				return Optional.empty();
			}
			region = place.get().region();
			french.add((place.get().nameFr() != null) ? place.get().nameFr() : part.strip());
		}
		String last = french.remove(french.size() - 1);
		return Optional.of(new Place(region, String.join(", ", french) + " et " + last));
	}

	private static Optional<Place> code(String text) {
		if (!text.matches("[A-Z]{2,3}")) {
			return Optional.empty();
		}
		try {
			return Optional.ofNullable(territory(Region.getInstance(text)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static Place territory(Region region) {
		if (region.getType() == Region.RegionType.DEPRECATED && region.getPreferredValues() != null) {
			region = region.getPreferredValues().get(0);
		}
		if (region.getType() != Region.RegionType.TERRITORY) {
			return null;
		}
		String scheme = Regions.of(region);
		return (scheme != null) ? new Place(scheme, frenchName(region.toString())) : null;
	}

	private static String frenchName(String code) {
		return new ULocale("und", code).getDisplayCountry(FRENCH);
	}

	private static Map<String, Place> buildWorld() {
		Map<String, Place> world = new HashMap<>();
		for (String region : Regions.ALL) {
			world.put(fold(region), new Place(region, REGION_FR.get(region)));
			world.put(fold(REGION_FR.get(region)), new Place(region, REGION_FR.get(region)));
		}
		for (Region region : Region.getAvailable(Region.RegionType.TERRITORY)) {
			Place place = territory(region);
			if (place == null) {
				continue;
			}
			String code = region.toString();
			for (ULocale locale : List.of(ULocale.ENGLISH, FRENCH)) {
				String name = new ULocale("und", code).getDisplayCountry(locale);
				world.putIfAbsent(fold(name), place);
				WORLD_NAMES.add(name);
			}
		}
		try (InputStream in = Places.class.getResourceAsStream("/place/aliases.csv");
				CsvReader<NamedCsvRecord> reader = csv().ofNamedCsvRecord(in, StandardCharsets.UTF_8)) {
			reader.forEach((row) -> {
				Place place = territory(Region.getInstance(row.getField("code")));
				world.put(fold(row.getField("alias")), new Place(place.region(), row.getField("name_fr")));
				WORLD_NAMES.add(row.getField("alias"));
			});
		}
		catch (IOException ex) {
			throw new IllegalStateException("the alias list shipped with the program cannot be read", ex);
		}
		WORLD_NAMES.sort((a, b) -> b.length() - a.length());
		return Collections.unmodifiableMap(world);
	}

	/**
	 * Tables with a header, {@code #} comments, and the byte-order mark a spreadsheet
	 * writes at their start dropped.
	 */
	private static CsvReader.CsvReaderBuilder csv() {
		return CsvReader.builder()
			.commentStrategy(CommentStrategy.SKIP)
			.trimWhitespacesAroundQuotes(true)
			.allowMissingFields(true)
			.allowExtraFields(true)
			.detectBomHeader(true);
	}

	private static String cell(NamedCsvRecord row, String column) {
		String value = row.findField(column).orElse("").strip();
		return value.isEmpty() ? null : value;
	}

	/**
	 * Lower case without accents, with plain apostrophes, so that "Côte d’Ivoire"
	 * matches.
	 */
	static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('’', '\'')
			.toLowerCase(Locale.ROOT)
			.replaceAll("[\\s\\u00A0]+", " ")
			.strip();
	}

}
