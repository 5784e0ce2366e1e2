/**
 * The opt-in demo catalogue ({@code OCOP_DEMO_DATA=true}, property {@code ocop.demo-data}): about
 * 150 real OCOP products from the provincial plans cited in the domain brief, loaded on start-up
 * into an empty catalogue through the bulk importer, so a new installation shows a living shop. The
 * data and its source note are in {@code src/main/resources/demo/}.
 */
package vn.ocop.catalog.demo;
