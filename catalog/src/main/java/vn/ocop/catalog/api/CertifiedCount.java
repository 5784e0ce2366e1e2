package vn.ocop.catalog.api;

import io.micronaut.serde.annotation.Serdeable;

/**
 * How many products the public may see today (published, a valid certificate of 3 stars or more,
 * every producer verified) share a province (of their first origin), a group and a star rating.
 */
@Serdeable
public record CertifiedCount(String provinceCode, String groupCode, int stars, long count) {}
