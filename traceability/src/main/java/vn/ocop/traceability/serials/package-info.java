/**
 * Unit serials (AI 21) of a batch: a producer asks for N, each becomes the unit's Digital Link
 * {@code /01/<gtin>/10/<lot>/21/<serial>}. Serials are drawn from a CSPRNG over an alphabet without
 * look-alike characters, so a code cannot be guessed from a neighbour's and a person can type it
 * from a label; they are unique per GTIN and lot, numbered in order of issue, never changed.
 */
package vn.ocop.traceability.serials;
