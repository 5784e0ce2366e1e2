package vn.ocop.catalog.api;

import io.micronaut.serde.annotation.Serdeable;

/**
 * How many certified products a province aims to have in one product group by the end of a year.
 *
 * @param provinceCode a province code (names and old names are understood when saving)
 * @param groupCode one of the six OCOP group codes
 * @param year 2018 to 2100
 * @param target 0 to 100,000 products
 */
@Serdeable
public record ProvinceTarget(String provinceCode, String groupCode, int year, int target) {}
