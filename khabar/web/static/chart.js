/* Actor page: events over time as stacked SVG bars, one colour per event type.
   Input: the timeline [{date, type, count}] the server embeds as #timeline-data.
   Bars are by day when the events span two months or less, else by month. */
"use strict";

(function () {
  const K = window.khabar;
  const W = 900, H = 280, M = { top: 14, right: 16, bottom: 46, left: 40 };

  function dayKey(d) { return d.toISOString().slice(0, 10); }

  /** Every bin key from the first to the last date, so empty days/months show as gaps. */
  function bins(dates, byMonth) {
    const first = new Date(dates[0] + "T00:00:00Z"), last = new Date(dates[dates.length - 1] + "T00:00:00Z");
    const keys = [];
    if (byMonth) {
      const d = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1));
      while (d <= last && keys.length < 1200) { keys.push(dayKey(d).slice(0, 7)); d.setUTCMonth(d.getUTCMonth() + 1); }
    } else {
      const d = new Date(first);
      while (d <= last && keys.length < 70) { keys.push(dayKey(d)); d.setUTCDate(d.getUTCDate() + 1); }
    }
    return keys;
  }

  /** A tick step of 1, 2 or 5 times a power of ten (whole events), about four ticks up to n. */
  function tickStep(n) {
    const raw = Math.max(1, n / 4);
    const p = Math.pow(10, Math.floor(Math.log10(raw)));
    return [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw);
  }

  function draw(figure, rows) {
    const valid = rows.filter((r) => /^\d{4}-\d{2}-\d{2}/.test(r.date || "") && Number(r.count) > 0);
    if (!valid.length) { figure.append(K.el("p", { class: "empty" }, "No dated events.")); return; }
    const dates = valid.map((r) => r.date.slice(0, 10)).sort();
    const spanDays = (new Date(dates[dates.length - 1]) - new Date(dates[0])) / 864e5;
    const byMonth = spanDays > 62;
    const keys = bins(dates, byMonth);
    const index = new Map(keys.map((k, i) => [k, i]));
    const totals = new Map();
    for (const r of valid) totals.set(r.type, (totals.get(r.type) || 0) + Number(r.count));
    const types = [...totals.keys()].sort((a, b) => totals.get(b) - totals.get(a));
    const stacks = keys.map(() => new Map());
    for (const r of valid) {
      const i = index.get(byMonth ? r.date.slice(0, 7) : r.date.slice(0, 10));
      if (i !== undefined) stacks[i].set(r.type, (stacks[i].get(r.type) || 0) + Number(r.count));
    }
    const highest = Math.max(...stacks.map((s) => [...s.values()].reduce((a, b) => a + b, 0)));
    const step = tickStep(highest);
    const top = Math.ceil(highest / step) * step;
    const iw = W - M.left - M.right, ih = H - M.top - M.bottom;
    const bw = iw / keys.length;
    const y = (v) => M.top + ih - (v / top) * ih;
    const root = K.svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img",
      "aria-label": "events per " + (byMonth ? "month" : "day") + " by type" });
    const axis = K.svg("g", { class: "axis" });
    for (let v = 0; v <= top; v += step) {
      axis.append(K.svg("line", { class: "grid", x1: M.left, x2: W - M.right, y1: y(v), y2: y(v) }),
        K.svg("text", { x: M.left - 6, y: y(v) + 4, "text-anchor": "end" }, String(v)));
    }
    axis.append(K.svg("line", { x1: M.left, x2: W - M.right, y1: y(0), y2: y(0) }));
    const every = Math.ceil(keys.length / Math.floor(iw / 62));
    keys.forEach((k, i) => {
      if (i % every) return;
      const x = M.left + bw * (i + 0.5);
      axis.append(K.svg("text", { x, y: H - M.bottom + 16, "text-anchor": "middle" }, byMonth ? k : k.slice(5)));
    });
    if (!byMonth) axis.append(K.svg("text", { x: M.left, y: H - 8 }, keys[0].slice(0, 4)));
    root.append(axis);
    const bars = K.svg("g", { class: "bars" });
    stacks.forEach((stack, i) => {
      let base = 0;
      for (const type of types) {
        const n = stack.get(type);
        if (!n) continue;
        const x = M.left + bw * i + Math.min(2, bw * 0.1);
        bars.append(K.svg("rect", { class: "bar " + K.typeClass(type), x, width: Math.max(1, bw - 2 * Math.min(2, bw * 0.1)),
          y: y(base + n), height: y(base) - y(base + n), "data-type": type, "data-bin": keys[i] },
          K.svg("title", null, `${keys[i]} ${type}: ${n}`)));
        base += n;
      }
    });
    root.append(bars);
    figure.append(root);
    const legend = K.el("div", { class: "chart-legend" });
    for (const type of types) legend.append(K.el("span", { class: "badge " + K.typeClass(type) }, `${type} ${totals.get(type)}`));
    figure.append(K.el("figcaption", { class: "hint" }, "events per " + (byMonth ? "month" : "day") + ", by type"), legend);
  }

  const figure = document.getElementById("timeline");
  if (figure) draw(figure, K.readJSON("timeline-data") || []);
})();
