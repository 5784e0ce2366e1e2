// The office's report charts: each <canvas data-chart="id"> is drawn from the JSON in the
// <script type="application/json" id="id"> next to it. The same numbers are in the table below
// each chart for screen readers and for browsers without JavaScript.
(function () {
  'use strict';
  var palette = ['#1b5e20', '#c77c02', '#1565c0', '#6a1b9a', '#ad1457', '#00838f'];

  function draw() {
    if (typeof window.Chart === 'undefined') {
      return;
    }
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      var source = document.getElementById(canvas.getAttribute('data-chart'));
      if (!source || window.Chart.getChart(canvas)) {
        return;
      }
      var spec = JSON.parse(source.textContent);
      var datasets = spec.datasets.map(function (d, i) {
        var colour = palette[i % palette.length];
        return {
          label: d.label,
          data: d.data,
          backgroundColor: colour,
          borderColor: colour,
          borderWidth: 2,
          fill: false
        };
      });
      new window.Chart(canvas, {
        type: spec.type,
        data: { labels: spec.labels, datasets: datasets },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          plugins: { legend: { position: 'bottom' } },
          scales: { y: { beginAtZero: true } }
        }
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
