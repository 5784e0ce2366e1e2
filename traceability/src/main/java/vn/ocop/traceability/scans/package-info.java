/**
 * Scans and counterfeit signals: every resolve of a code is logged (asynchronously, without losing
 * any on a normal shutdown), counted per code, and checked for signs of a copied code. The office
 * sees the flagged codes, producers the scan counts of their batches.
 */
package vn.ocop.traceability.scans;
