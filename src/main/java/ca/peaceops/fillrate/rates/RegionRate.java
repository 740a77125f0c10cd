package ca.peaceops.fillrate.rates;

/** A region's totals, each pool's cap counted once. */
public record RegionRate(String region, Totals totals) {

}
