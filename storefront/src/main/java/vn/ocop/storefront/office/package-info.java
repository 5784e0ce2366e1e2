/**
 * The OCOP office's pages under {@code /van-phong}: the dashboard, producer verification, recalls,
 * flagged scans, synonyms, search reindex, provinces' targets and the reports with charts and
 * CSV/XLSX exports. Office accounts only; data through the modules' {@code *.api} facades.
 */
package vn.ocop.storefront.office;
