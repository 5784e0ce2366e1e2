/**
 * The OCOP office's view of the catalogue ({@link vn.ocop.catalog.api.OfficeCatalogApi}): the
 * producer verification queue, certified products counted for the reports, and the provinces'
 * targets (table {@code catalog.province_targets}, REST under {@code /api/v1/office/targets}).
 */
package vn.ocop.catalog.office;
