// OCOP Market – the sale point's counter (POS). Scanning (keyboard-wedge scanner, camera with
// BarcodeDetector, or a photo decoded on the server), sale lines, cash change or VietQR, and an
// offline queue of sales in IndexedDB, each with a client-generated id that the server stores once.
(() => {
    "use strict";

    // ---- receipt page: the print button ----
    const printButton = document.getElementById("receipt-print");
    if (printButton) {
        printButton.addEventListener("click", () => window.print());
    }

    const root = document.getElementById("pos");
    if (!root) {
        return;
    }

    const salePoint = root.dataset.salePoint;
    const salesApi = "/api/v1/sale-point/" + salePoint + "/sales";
    const text = (name) => root.dataset["msg" + name] || "";
    const $ = (id) => document.getElementById(id);

    const codeInput = $("pos-code");
    const message = $("pos-message");
    const linesBody = $("pos-lines-body");
    const totalOut = $("pos-total");
    const givenInput = $("pos-given");
    const changeOut = $("pos-change");
    const completeButton = $("pos-complete");
    const completeError = $("pos-complete-error");
    const network = $("pos-network");

    const vnd = (amount) => new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 }).format(amount) + " ₫";

    const lotHeading = (document.querySelector("#pos-lines thead th:nth-child(2)") || {}).textContent || "";

    /** The sale being rung up: one entry per distinct scanned code. */
    let lines = [];
    /** Stock of this sale point as the page was rendered: what offline scans resolve against. */
    const catalogue = Array.from(document.querySelectorAll("#pos-stock-table tbody tr")).map((row) => ({
        sku: row.dataset.sku,
        gtin: row.dataset.gtin || "",
        name: row.dataset.name,
        price: Number(row.dataset.price),
    }));

    // ---- installable: web manifest + service worker (scope /diem-ban/) ----
    if (!document.querySelector('link[rel="manifest"]')) {
        const link = document.createElement("link");
        link.rel = "manifest";
        link.href = "/diem-ban/pos.webmanifest";
        document.head.appendChild(link);
    }
    if ("serviceWorker" in navigator) {
        navigator.serviceWorker
            .register("/diem-ban/sw.js", { scope: "/diem-ban/" })
            .then(() => navigator.serviceWorker.ready)
            .then((registration) => {
                const urls = [location.pathname, "/static/pos.js", "/static/app.css", "/static/app.js"];
                document.querySelectorAll("script[src]").forEach((s) => urls.push(new URL(s.src).pathname));
                if (registration.active) {
                    // Cache.addAll refuses a list that names a request twice
                    registration.active.postMessage({ type: "cache", urls: Array.from(new Set(urls)) });
                }
            })
            .catch(() => {});
    }

    // ---- ids made on this device ----
    function uuid() {
        if (window.crypto && crypto.randomUUID) {
            return crypto.randomUUID();
        }
        const b = crypto.getRandomValues(new Uint8Array(16));
        b[6] = (b[6] & 0x0f) | 0x40;
        b[8] = (b[8] & 0x3f) | 0x80;
        const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
        return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    }

    // ---- scanned codes read on the device (offline): GS1 Digital Link, element string, GTIN ----
    function parseCode(raw) {
        const s = raw.trim();
        if (/^([0-9]{8}|[0-9]{12,14})$/.test(s)) {
            return { gtin: s, lot: null, serial: null };
        }
        const el = /^\(01\)([0-9]{14})(?:\(10\)([^()]{1,20}))?(?:\(21\)([^()]{1,20}))?$/.exec(s);
        if (el) {
            return { gtin: el[1], lot: el[2] || null, serial: el[3] || null };
        }
        try {
            const parts = new URL(s).pathname.split("/");
            for (let i = 0; i + 1 < parts.length; i++) {
                if (parts[i] === "01" && /^([0-9]{8}|[0-9]{12,14})$/.test(parts[i + 1])) {
                    const out = { gtin: parts[i + 1], lot: null, serial: null };
                    for (let j = i + 2; j + 1 < parts.length; j += 2) {
                        if (parts[j] === "10") out.lot = decodeURIComponent(parts[j + 1]);
                        if (parts[j] === "21") out.serial = decodeURIComponent(parts[j + 1]);
                    }
                    return out;
                }
            }
        } catch (e) {
            // not a URL
        }
        return null;
    }

    const sameGtin = (a, b) => a && b && a.replace(/^0+/, "") === b.replace(/^0+/, "");

    function offlineLine(code) {
        const parsed = parseCode(code);
        const item = parsed && catalogue.find((c) => sameGtin(c.gtin, parsed.gtin));
        if (!item) {
            return null;
        }
        return {
            code,
            sku: item.sku,
            lot: parsed.lot,
            name: item.name,
            unitPriceVnd: item.price,
            sellable: true,
            unchecked: true,
            reason: text("Unchecked"),
        };
    }

    // ---- adding a scanned code ----
    async function scan(raw) {
        const code = raw.trim();
        if (!code) {
            return;
        }
        const existing = lines.find((l) => l.code === code);
        if (existing) {
            existing.qty += 1;
            render();
            say(text("Added").replace("{name}", existing.name || code));
            return;
        }
        let line = null;
        if (navigator.onLine) {
            try {
                const response = await fetch(`/diem-ban/${salePoint}/kiem-tra?ma=${encodeURIComponent(code)}`, {
                    headers: { Accept: "application/json" },
                    credentials: "same-origin",
                });
                if (response.ok) {
                    line = await response.json();
                } else {
                    const problem = await response.json().catch(() => ({}));
                    say(problem.title || text("Failed"), true);
                    return;
                }
            } catch (e) {
                line = null;
                setNetwork(false);
            }
        }
        if (!line) {
            line = offlineLine(code);
            if (!line) {
                say(text("UnknownOffline"), true);
                return;
            }
        }
        line.qty = 1;
        lines.push(line);
        render();
        say(line.sellable ? text("Added").replace("{name}", line.name || code) : line.reason, !line.sellable);
    }

    function say(words, isError) {
        message.textContent = words || "";
        message.classList.toggle("pos-error", !!isError);
    }

    // ---- rendering the sale ----
    function total() {
        return lines.reduce((sum, l) => sum + (l.sellable ? l.unitPriceVnd * l.qty : 0), 0);
    }

    function render() {
        linesBody.replaceChildren();
        lines.forEach((line, index) => {
            const row = document.createElement("tr");
            row.className = line.sellable ? (line.unchecked ? "pos-line pos-line-unchecked" : "pos-line") : "pos-line pos-line-refused";
            row.dataset.code = line.code;
            const name = document.createElement("th");
            name.scope = "row";
            name.textContent = line.name || line.code;
            if (line.reason) {
                const reason = document.createElement("span");
                reason.className = "pos-reason";
                reason.textContent = line.reason;
                name.appendChild(reason);
            }
            const lot = document.createElement("td");
            lot.className = "pos-lot";
            lot.dataset.label = lotHeading;
            lot.textContent = line.lot || "";
            const qty = document.createElement("td");
            qty.className = "num";
            const qtyBox = document.createElement("span");
            qtyBox.className = "pos-qty";
            const less = button("−", root.dataset.msgLess || "-", () => {
                line.qty = Math.max(1, line.qty - 1);
                render();
            });
            const count = document.createElement("span");
            count.className = "pos-qty-value";
            count.textContent = String(line.qty);
            const more = button("+", root.dataset.msgMore || "+", () => {
                line.qty += 1;
                render();
            });
            qtyBox.append(less, count, more);
            qty.appendChild(qtyBox);
            const price = document.createElement("td");
            price.className = "num pos-price";
            price.textContent = line.sellable || line.unitPriceVnd ? vnd(line.unitPriceVnd) : "";
            const actions = document.createElement("td");
            const remove = button("✕", text("Remove"), () => {
                lines.splice(index, 1);
                render();
                codeInput.focus();
            });
            remove.className = "pos-remove";
            actions.appendChild(remove);
            row.append(name, lot, qty, price, actions);
            linesBody.appendChild(row);
        });
        $("pos-empty").hidden = lines.length > 0;
        totalOut.textContent = vnd(total());
        updatePayment();
    }

    function button(label, aria, onClick) {
        const b = document.createElement("button");
        b.type = "button";
        b.textContent = label;
        b.setAttribute("aria-label", aria);
        b.addEventListener("click", onClick);
        return b;
    }

    // ---- payment ----
    const payment = () => (document.querySelector('input[name="pos-payment"]:checked') || {}).value || "CASH";
    const given = () => {
        const digits = (givenInput.value || "").replace(/[^0-9]/g, "");
        return digits ? Number(digits) : null;
    };
    let pendingSaleId = uuid();

    function updatePayment() {
        const sum = total();
        const cash = payment() === "CASH";
        $("pos-cash").hidden = !cash;
        $("pos-vietqr").hidden = cash;
        const handed = given();
        changeOut.textContent = vnd(handed != null && handed >= sum ? handed - sum : 0);
        const refused = lines.some((l) => !l.sellable);
        const short = cash && handed != null && handed < sum;
        completeButton.disabled = lines.length === 0 || refused || short;
        completeError.textContent = refused ? text("CannotSell") : short ? text("NotEnough") : "";
        if (!cash) {
            showVietQr();
        }
    }

    // The VietQR code names the sale's number, which the server gives when it records the sale:
    // the receipt shows the code and turns to "paid" when the bank reports the transfer.
    function showVietQr() {
        $("pos-vietqr-note").textContent = text(root.dataset.vietqr === "true" ? "VietqrAfter" : "VietqrNone");
    }

    document.querySelectorAll('input[name="pos-payment"]').forEach((r) => r.addEventListener("change", updatePayment));
    givenInput.addEventListener("input", updatePayment);

    // ---- completing the sale ----
    async function complete() {
        if (completeButton.disabled) {
            return;
        }
        const sale = {
            id: pendingSaleId,
            paymentMethod: payment(),
            lines: lines.map((l) => ({ code: l.code, quantity: l.qty })),
        };
        const summary = {
            total: total(),
            given: payment() === "CASH" ? given() : null,
            lines: lines.map((l) => ({ name: l.name || l.code, qty: l.qty })),
        };
        completeButton.disabled = true;
        if (!navigator.onLine) {
            await enqueue(sale, summary);
            return;
        }
        let response;
        try {
            response = await post(sale);
        } catch (e) {
            setNetwork(false);
            await enqueue(sale, summary);
            return;
        }
        if (response.status === 201 || response.status === 200) {
            const query = summary.given != null ? `?dua=${summary.given}` : "";
            location.assign(`/diem-ban/${salePoint}/hoa-don/${sale.id}${query}`);
            return;
        }
        if (response.status >= 500) {
            await enqueue(sale, summary);
            return;
        }
        const problem = await response.json().catch(() => ({}));
        markRefusals(problem);
        completeError.textContent = `${text("Failed")}: ${problem.title || response.status}`;
        completeButton.disabled = false;
    }

    /** Lines the server refused (errors[].field = lines[i]…) turn red with the server's words. */
    function markRefusals(problem) {
        (problem.errors || []).forEach((error) => {
            const m = /^lines\[(\d+)]/.exec(error.field || "");
            if (m && lines[Number(m[1])]) {
                const line = lines[Number(m[1])];
                line.sellable = false;
                line.reason = error.message || problem.title;
            }
        });
        render();
    }

    function post(sale) {
        return fetch(salesApi, {
            method: "POST",
            credentials: "same-origin",
            headers: { "Content-Type": "application/json", Accept: "application/json" },
            body: JSON.stringify(sale),
        });
    }

    function resetSale() {
        lines = [];
        givenInput.value = "";
        pendingSaleId = uuid();
        render();
        codeInput.focus();
    }

    completeButton.addEventListener("click", complete);

    // ---- the offline queue (IndexedDB) ----
    let database = null;
    function db() {
        if (database) {
            return database;
        }
        database = new Promise((resolve, reject) => {
            const open = indexedDB.open("ocop-pos", 1);
            open.onupgradeneeded = () => open.result.createObjectStore("sales", { keyPath: "id" });
            open.onsuccess = () => resolve(open.result);
            open.onerror = () => reject(open.error);
        });
        return database;
    }

    async function store(mode, work) {
        const d = await db();
        return new Promise((resolve, reject) => {
            const tx = d.transaction("sales", mode);
            const request = work(tx.objectStore("sales"));
            tx.oncomplete = () => resolve(request ? request.result : undefined);
            tx.onerror = () => reject(tx.error);
        });
    }

    const queued = async () =>
        ((await store("readonly", (s) => s.getAll())) || [])
            .filter((e) => e.salePointId === salePoint)
            .sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));

    async function enqueue(sale, summary) {
        await store("readwrite", (s) =>
            s.put({
                id: sale.id,
                salePointId: salePoint,
                body: sale,
                createdAt: new Date().toISOString(),
                total: summary.total,
                given: summary.given,
                lines: summary.lines,
                status: "waiting",
                error: null,
            })
        );
        resetSale();
        say(text("Queued"));
        await showQueue();
    }

    async function showQueue() {
        const entries = await queued();
        const list = $("pos-queue-list");
        list.replaceChildren();
        entries.forEach((entry) => {
            const item = document.createElement("li");
            item.dataset.saleId = entry.id;
            item.className = entry.status === "refused" ? "is-refused" : "is-waiting";
            const time = new Date(entry.createdAt);
            const hhmm = time.toLocaleTimeString("vi-VN", { hour: "2-digit", minute: "2-digit" });
            item.textContent = `${hhmm} · ${vnd(entry.total)} · ${entry.lines.map((l) => `${l.name} × ${l.qty}`).join(", ")}`;
            if (entry.status === "refused") {
                const why = document.createElement("strong");
                why.textContent = ` — ${text("Refused")}: ${entry.error || ""} `;
                item.appendChild(why);
                const discard = button(text("Discard"), text("Discard"), async () => {
                    await store("readwrite", (s) => s.delete(entry.id));
                    showQueue();
                });
                discard.className = "link-button";
                item.appendChild(discard);
            }
            list.appendChild(item);
        });
        const count = $("pos-queue-count");
        count.dataset.count = String(entries.length);
        count.textContent = entries.length === 0 ? text("QueueEmpty") : text("QueueCount").replace("{count}", entries.length);
    }

    /** Sends every waiting sale once; an entry leaves the queue only when the server has it. */
    let syncing = null;
    function sync() {
        if (!syncing) {
            syncing = drain().finally(() => {
                syncing = null;
            });
        }
        return syncing;
    }

    async function drain() {
        let synced = 0;
        for (const entry of await queued()) {
            if (entry.status === "refused") {
                continue;
            }
            let response;
            try {
                response = await post(entry.body);
            } catch (e) {
                setNetwork(false);
                break; // still offline: try again later
            }
            if (response.status === 201 || response.status === 200) {
                await store("readwrite", (s) => s.delete(entry.id));
                synced++;
                continue;
            }
            const problem = await response.json().catch(() => ({}));
            if (problem.code === "orders.idempotency-key-reused") {
                // this id is already recorded on the server: the sale exists there
                await store("readwrite", (s) => s.delete(entry.id));
                continue;
            }
            if (response.status >= 500 || response.status === 401 || response.status === 408 || response.status === 429) {
                break; // the server or the session is not ready: try again later
            }
            entry.status = "refused";
            entry.error = problem.title || String(response.status);
            await store("readwrite", (s) => s.put(entry));
        }
        await showQueue();
        if (synced > 0) {
            say(text("Synced").replace("{count}", synced));
        }
        return synced;
    }

    $("pos-sync").addEventListener("click", () => sync());

    // ---- network state ----
    function setNetwork(online) {
        network.textContent = online ? text("Online") : text("Offline");
        network.classList.toggle("is-offline", !online);
        network.dataset.state = online ? "online" : "offline";
    }
    window.addEventListener("online", () => {
        setNetwork(true);
        sync();
    });
    window.addEventListener("offline", () => setNetwork(false));
    setNetwork(navigator.onLine);
    setInterval(() => {
        if (navigator.onLine) {
            sync();
        }
    }, 30000);

    // ---- keyboard-wedge scanner: characters then Enter into the focused field ----
    $("pos-scan").addEventListener("submit", (event) => {
        event.preventDefault();
        const code = codeInput.value;
        codeInput.value = "";
        codeInput.focus();
        scan(code);
    });
    // keep the scan field focused unless the staff member is typing somewhere else
    document.addEventListener("keydown", (event) => {
        const target = event.target;
        const typing = target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT" || target.isContentEditable);
        if (!typing && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
            codeInput.focus();
        }
    });

    // ---- camera: read by the browser (BarcodeDetector) where it can, else by the server ----
    // Without a BarcodeDetector (most desktop browsers, Firefox, Safari) the camera still helps:
    // a frame of the video is sent, as a photo, to the server, which reads it with ZXing; the
    // first code read adds its line and the camera closes.
    const startCamera = $("pos-camera-start");
    const stopCamera = $("pos-camera-stop");
    const video = $("pos-video");
    const photoForm = $("pos-photo");
    const canFilm = !!(navigator.mediaDevices && navigator.mediaDevices.getUserMedia);
    let stream = null;
    let cameraRun = 0;
    const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

    /** The browser's own reader when it has one that reads our codes; else null. */
    async function browserReader() {
        if (!("BarcodeDetector" in window)) {
            return null;
        }
        try {
            const wanted = ["qr_code", "data_matrix", "ean_13", "ean_8", "code_128", "upc_a"];
            const supported = window.BarcodeDetector.getSupportedFormats
                ? await window.BarcodeDetector.getSupportedFormats()
                : wanted;
            const formats = wanted.filter((f) => supported.includes(f));
            return formats.length ? new window.BarcodeDetector({ formats }) : null;
        } catch (e) {
            return null;
        }
    }

    /** One video frame as a JPEG, at most 1280 pixels on its longest side. */
    function frame() {
        const scale = Math.min(1, 1280 / Math.max(video.videoWidth, video.videoHeight));
        const canvas = document.createElement("canvas");
        canvas.width = Math.round(video.videoWidth * scale);
        canvas.height = Math.round(video.videoHeight * scale);
        canvas.getContext("2d").drawImage(video, 0, 0, canvas.width, canvas.height);
        return new Promise((resolve) => canvas.toBlob(resolve, "image/jpeg", 0.92));
    }

    /** Sends one frame to the server; the code read, null when none, or throws to give up. */
    async function serverRead() {
        const picture = await frame();
        if (!picture) {
            return null;
        }
        const body = new FormData(photoForm);
        body.set("photo", picture, "camera.jpg");
        const response = await fetch(photoForm.action, {
            method: "POST",
            credentials: "same-origin",
            headers: { Accept: "application/json" },
            body,
        });
        if (response.ok) {
            const answer = await response.json().catch(() => ({}));
            return answer.code || null;
        }
        if (response.status === 400 || response.status === 422) {
            return null; // no code in this frame: try the next one
        }
        throw new Error("photo refused: " + response.status);
    }

    async function openCamera() {
        const run = ++cameraRun;
        try {
            stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } });
            video.srcObject = stream;
            video.hidden = false;
            stopCamera.hidden = false;
            startCamera.hidden = true;
            await video.play();
        } catch (e) {
            say(text("CameraNone"), true);
            closeCamera();
            return;
        }
        const detector = await browserReader();
        if (detector) {
            let last = "";
            const tick = async () => {
                if (!stream || run !== cameraRun) {
                    return;
                }
                try {
                    const found = await detector.detect(video);
                    if (found.length && found[0].rawValue && found[0].rawValue !== last) {
                        last = found[0].rawValue;
                        scan(last);
                        setTimeout(() => {
                            last = "";
                        }, 2000);
                    }
                } catch (e) {
                    // a frame that could not be read
                }
                requestAnimationFrame(tick);
            };
            tick();
            return;
        }
        // read on the server: one frame at a time, for at most a minute
        const until = Date.now() + 60000;
        while (stream && run === cameraRun && Date.now() < until) {
            if (video.videoWidth > 0) {
                let code = null;
                try {
                    code = await serverRead();
                } catch (e) {
                    say(text("PhotoNone"), true);
                    break;
                }
                if (run !== cameraRun) {
                    return;
                }
                if (code) {
                    closeCamera();
                    scan(code);
                    return;
                }
            }
            await pause(400);
        }
        if (run === cameraRun) {
            if (Date.now() >= until) {
                say(text("PhotoNone"), true);
            }
            closeCamera();
        }
    }

    if (canFilm) {
        startCamera.hidden = false;
        startCamera.addEventListener("click", openCamera);
        stopCamera.addEventListener("click", closeCamera);
    }
    function closeCamera() {
        cameraRun++;
        if (stream) {
            stream.getTracks().forEach((t) => t.stop());
        }
        stream = null;
        video.srcObject = null;
        video.hidden = true;
        stopCamera.hidden = true;
        startCamera.hidden = !canFilm;
        codeInput.focus();
    }

    $("pos-photo").addEventListener("submit", async (event) => {
        event.preventDefault();
        const form = event.target;
        const file = $("pos-photo-input").files[0];
        if (!file) {
            return;
        }
        try {
            const response = await fetch(form.action, {
                method: "POST",
                credentials: "same-origin",
                headers: { Accept: "application/json" },
                body: new FormData(form),
            });
            const answer = await response.json().catch(() => ({}));
            if (response.ok && answer.code) {
                form.reset();
                scan(answer.code);
            } else {
                say(text("PhotoNone"), true);
            }
        } catch (e) {
            say(text("PhotoNone"), true);
        }
        codeInput.focus();
    });
    $("pos-photo-input").addEventListener("change", () => $("pos-photo").requestSubmit());
    // with the script, choosing or taking the photo reads it at once: the label is the button
    $("pos-photo-read").hidden = true;
    $("pos-photo").classList.add("is-enhanced");

    // a code passed in the address (?ma=…), e.g. from the form without script
    const fromAddress = new URLSearchParams(location.search).get("ma");
    render();
    showQueue().then(() => {
        if (navigator.onLine) {
            sync();
        }
    });
    if (fromAddress) {
        history.replaceState(null, "", location.pathname + location.hash);
        scan(fromAddress);
    }
    codeInput.focus();

    // for the page's own tests and the sync button
    window.ocopPos = { sync, queued, scan };
})();
