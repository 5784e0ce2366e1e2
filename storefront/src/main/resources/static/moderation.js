// Certificate entry: the stars for the score as the office types it. The bands come from the
// server (the catalogue's configured lower bounds, 5★ first); the server decides on submit.
document.addEventListener('alpine:init', () => {
    Alpine.data('starEntry', () => ({
        score: '',
        bands: [],
        init() {
            this.bands = JSON.parse(this.$el.dataset.bands);
            this.score = this.$refs.score.value;
        },
        get stars() {
            const text = String(this.score).trim().replace(',', '.');
            const score = Number(text);
            if (text === '' || Number.isNaN(score) || score < 0 || score > 100) {
                return 0;
            }
            for (let i = 0; i < this.bands.length; i++) {
                if (score >= this.bands[i]) {
                    return 5 - i;
                }
            }
            return 1;
        },
        get starsShown() {
            return '★'.repeat(this.stars) + '☆'.repeat(5 - this.stars);
        },
    }));
});
