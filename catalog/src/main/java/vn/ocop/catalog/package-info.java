/**
 * The catalogue: OCOP producers (chủ thể), products and variants, certificates (giấy chứng nhận
 * OCOP) with their star rating, the product taxonomy, origin, and search. Owns the {@code catalog}
 * schema. Uses only the platform ({@code config}). Other modules see it through {@code
 * vn.ocop.catalog.api}.
 */
package vn.ocop.catalog;
