// OCOP Market: small progressive enhancements (Alpine.js components). The pages work without them.
document.addEventListener("alpine:init", () => {
    // Search box autocomplete: an ARIA combobox over the catalogue's suggest API.
    window.Alpine.data("suggest", () => ({
        open: false,
        items: [],
        active: -1,
        controller: null,
        async load() {
            const typed = this.$refs.input.value.trim();
            if (typed.length < 2) {
                this.close();
                return;
            }
            if (this.controller) {
                this.controller.abort();
            }
            this.controller = new AbortController();
            try {
                const response = await fetch("/api/v1/products/suggest?q=" + encodeURIComponent(typed), {
                    headers: { Accept: "application/json" },
                    signal: this.controller.signal,
                });
                if (!response.ok) {
                    this.close();
                    return;
                }
                this.items = await response.json();
                this.active = -1;
                this.open = this.items.length > 0;
            } catch (e) {
                if (e.name !== "AbortError") {
                    this.close();
                }
            }
        },
        move(step) {
            if (!this.open) {
                return;
            }
            const count = this.items.length;
            this.active = (this.active + step + count) % count;
        },
        enter(event) {
            if (this.open && this.active >= 0) {
                event.preventDefault();
                this.pick(this.items[this.active]);
            }
        },
        pick(item) {
            this.$refs.input.value = item;
            this.close();
            this.$refs.input.form.requestSubmit();
        },
        close() {
            this.open = false;
            this.active = -1;
        },
    }));
});
