/**
 * The producer's operations pages (nha-san-xuat): batches with their events and lab tests, QR label
 * printing with a progress bar, stock and transfers to sale points, and the Excel import with its
 * row-by-row report. Every page is for producer members and shows only the member's own producer;
 * data comes through the modules' {@code *.api} facades.
 */
package vn.ocop.storefront.producerops;
