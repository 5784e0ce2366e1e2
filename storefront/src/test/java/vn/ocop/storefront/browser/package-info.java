/**
 * Journeys in a real browser: Playwright for Java driving Debian's Chromium ({@code
 * /usr/bin/chromium}) against the real application on embedded PostgreSQL with the demo catalogue.
 * Each step saves a screenshot under {@code target/screenshots/<journey>/}.
 */
package vn.ocop.storefront.browser;
