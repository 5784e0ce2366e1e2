/**
 * Places as reference data: the 34 provincial-level units in force since 1 July 2025 (Resolution
 * 202/2025/QH15), the 63 units they replaced and common spellings, all seeded by migration and
 * served read-only through {@link vn.ocop.catalog.api.PlacesApi}. Communes are free text on a
 * product's {@link vn.ocop.catalog.api.Origin}.
 */
package vn.ocop.catalog.place;
