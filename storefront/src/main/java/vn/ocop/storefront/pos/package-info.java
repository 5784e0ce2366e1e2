/**
 * The sale point's counter (POS) pages for its staff: scanning (keyboard-wedge scanner, camera,
 * photo decoded on the server), sale lines with recalled or uncertified packs in red, cash change
 * or VietQR, printable receipts, stock and incoming transfers; installable and usable offline
 * (service worker, IndexedDB queue of sales with client ids synced once).
 */
package vn.ocop.storefront.pos;
