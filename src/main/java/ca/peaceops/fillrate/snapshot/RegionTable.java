package ca.peaceops.fillrate.snapshot;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The country → region reference table, {@code input/regions.csv} with columns
 * {@code country,region}.
 */
public final class RegionTable {

	private final Map<String, String> regionByCountry;

	private final List<String> countries;

	/**
	 * @param regionByCountry regions by country as the table spells them
	 */
	RegionTable(Map<String, String> regionByCountry) {
		Map<String, String> byKey = new HashMap<>();
		regionByCountry.forEach((country, region) -> byKey.put(key(country), region));
		this.regionByCountry = Map.copyOf(byKey);
		this.countries = regionByCountry.keySet().stream().sorted().toList();
	}

	public static RegionTable load(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new BadInputException(file.toString(), "region table is missing (expected columns country,region)");
		}
		Map<String, String> regions = new HashMap<>();
		Problems problems = new Problems();
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (CSVRecord row : format.parse(new BomSkippingReader(reader))) {
				String country = row.isMapped("country") ? row.get("country").strip() : "";
				String region = row.isMapped("region") && row.isSet("region") ? row.get("region").strip() : "";
				if (country.isEmpty() || region.isEmpty()) {
					problems.add(new InputProblem(file.toString(), (int) row.getRecordNumber() + 1, "",
							"each row needs a country and a region"));
					continue;
				}
				regions.put(country, region);
			}
		}
		catch (IOException | IllegalStateException | IllegalArgumentException ex) {
			throw new BadInputException(file.toString(), "cannot read region table: " + ex.getMessage());
		}
		problems.throwIfAny();
		return new RegionTable(regions);
	}

	public Optional<String> regionOf(String country) {
		return Optional.ofNullable(this.regionByCountry.get(key(country)));
	}

	/**
	 * The countries and areas the table knows, as it spells them, to recognise them in
	 * prose.
	 */
	List<String> countries() {
		return this.countries;
	}

	private static String key(String country) {
		return country.strip().toLowerCase(Locale.ROOT);
	}

}
