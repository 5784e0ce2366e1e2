/**
 * The OCOP office's listing moderation ({@code /van-phong/kiem-duyet}): the review queue, and per
 * listing the certificate entry (score → stars shown as typed, by the catalogue's configured bands;
 * the server decides), approval, and rejection with a required reason. Office accounts only; the
 * catalogue's {@code ListingsApi} applies the rules (a valid 3★+ certificate before publishing).
 */
package vn.ocop.storefront.moderation;
