package vn.ocop.catalog.api;

/**
 * A provincial-level unit is a centrally-run city (thành phố trực thuộc trung ương) or a province.
 */
public enum ProvinceKind {
    CITY,
    PROVINCE
}
