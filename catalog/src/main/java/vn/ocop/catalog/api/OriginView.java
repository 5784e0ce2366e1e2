package vn.ocop.catalog.api;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record OriginView(
        String provinceCode, String commune, String village, String historicalDistrict) {}
