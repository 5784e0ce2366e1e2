// OCOP Market – the sale point counter's service worker (served as /diem-ban/sw.js, scope
// /diem-ban/). It keeps the counter's shell – the page, its script and style, the web manifest –
// so that the counter opens and keeps selling without a network; sales made offline wait in the
// page's IndexedDB queue. API calls (sales, code checks) always go to the network: the worker never
// answers them from a cache.
"use strict";

const CACHE = "ocop-pos-v1";
const SHELL = [
    "/static/pos.js",
    "/static/app.css",
    "/static/app.js",
    "/diem-ban/pos.webmanifest",
    "/static/pos-icons/pos-192.png",
    "/static/pos-icons/pos-512.png",
];

self.addEventListener("install", (event) => {
    event.waitUntil(
        caches
            .open(CACHE)
            .then((cache) => cache.addAll(SHELL))
            .then(() => self.skipWaiting())
    );
});

self.addEventListener("activate", (event) => {
    event.waitUntil(
        caches
            .keys()
            .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
            .then(() => self.clients.claim())
    );
});

// the page names what it needs (its own address, the scripts it loads)
self.addEventListener("message", (event) => {
    const data = event.data || {};
    if (data.type === "cache" && Array.isArray(data.urls)) {
        const same = Array.from(new Set(data.urls.filter((u) => typeof u === "string" && u.startsWith("/"))));
        event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(same)).catch(() => {}));
    }
});

function isShell(url) {
    return (
        url.pathname.startsWith("/static/") ||
        url.pathname.startsWith("/webjars/") ||
        url.pathname === "/diem-ban/pos.webmanifest"
    );
}

/** A counter page: /diem-ban/{id} (not its receipts, checks or API calls). */
function isCounterPage(url) {
    return /^\/diem-ban\/[0-9a-fA-F-]{36}\/?$/.test(url.pathname);
}

/** Every logout passes this address on its way out (the server's answer to POST /logout). */
const LOGGED_OUT = "/diem-ban/da-dang-xuat";

/**
 * After a logout: the cached counter pages go, so that the next person at a shared counter device
 * never sees the last staff member's page (stock, recent sales) offline. The app shell (script,
 * style, icons) holds no data and stays. The offline queue of sales is never touched here: sales
 * not yet synced stay on the device and are shown to, and synced by, the next staff member.
 */
function forgetCounterPages() {
    return caches
        .open(CACHE)
        .then((cache) =>
            cache
                .keys()
                .then((requests) =>
                    Promise.all(
                        requests
                            .filter((request) => isCounterPage(new URL(request.url)))
                            .map((request) => cache.delete(request))
                    )
                )
        )
        .catch(() => {});
}

self.addEventListener("fetch", (event) => {
    const request = event.request;
    if (request.method !== "GET") {
        return; // sales and forms go straight to the server
    }
    const url = new URL(request.url);
    if (url.origin !== self.location.origin) {
        return;
    }
    if (request.mode === "navigate" && url.pathname === LOGGED_OUT) {
        // forgotten before the browser moves on (the server then leads on to the home page)
        event.respondWith(
            forgetCounterPages().then(() => fetch(request).catch(() => Response.redirect("/", 303)))
        );
        return;
    }
    if (request.mode === "navigate" && isCounterPage(url)) {
        // network first (fresh stock and transfers), the cached shell when offline
        event.respondWith(
            fetch(request)
                .then((response) => {
                    if (response.ok) {
                        const copy = response.clone();
                        caches.open(CACHE).then((cache) => cache.put(url.pathname, copy));
                    }
                    return response;
                })
                .catch(() => caches.match(url.pathname).then((hit) => hit || Response.error()))
        );
        return;
    }
    if (isShell(url)) {
        // the cached copy at once, refreshed in the background
        event.respondWith(
            caches.match(request).then((hit) => {
                const refresh = fetch(request)
                    .then((response) => {
                        if (response.ok) {
                            const copy = response.clone();
                            caches.open(CACHE).then((cache) => cache.put(request, copy));
                        }
                        return response;
                    })
                    .catch(() => hit || Response.error());
                return hit || refresh;
            })
        );
    }
});
