/* Network page: who acts on whom. Nodes are actors (size by event count), arrows go from source to
   target with width by event count and colour by event type. A small force layout (repulsion,
   springs along edges, a pull to the centre) runs once, then nodes can be dragged. */
"use strict";

(function () {
  const K = window.khabar;
  const W = 960, H = 620;

  function layout(nodes, edges) {
    const n = nodes.length;
    nodes.forEach((node, i) => {
      const a = (2 * Math.PI * i) / Math.max(n, 1);
      node.x = W / 2 + (W / 3) * Math.cos(a);
      node.y = H / 2 + (H / 3) * Math.sin(a);
    });
    const ideal = Math.max(60, Math.min(180, Math.sqrt((W * H) / Math.max(n, 1)) * 0.75));
    let heat = 40;
    for (let step = 0; step < 300; step++) {
      for (const node of nodes) { node.dx = (W / 2 - node.x) * 0.01; node.dy = (H / 2 - node.y) * 0.01; }
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const a = nodes[i], b = nodes[j];
          let dx = a.x - b.x, dy = a.y - b.y;
          let d2 = dx * dx + dy * dy;
          if (d2 < 0.01) { dx = Math.random() - 0.5; dy = Math.random() - 0.5; d2 = 0.5; }
          const f = (ideal * ideal) / d2;
          a.dx += dx * f * 0.05; a.dy += dy * f * 0.05; b.dx -= dx * f * 0.05; b.dy -= dy * f * 0.05;
        }
      }
      for (const e of edges) {
        const dx = e.t.x - e.s.x, dy = e.t.y - e.s.y;
        const d = Math.sqrt(dx * dx + dy * dy) || 1;
        const f = (d - ideal) / d * 0.1;
        e.s.dx += dx * f; e.s.dy += dy * f; e.t.dx -= dx * f; e.t.dy -= dy * f;
      }
      for (const node of nodes) {
        const d = Math.sqrt(node.dx * node.dx + node.dy * node.dy) || 1;
        const move = Math.min(d, heat);
        node.x = Math.min(W - 90, Math.max(90, node.x + (node.dx / d) * move));
        node.y = Math.min(H - 40, Math.max(40, node.y + (node.dy / d) * move));
      }
      heat = Math.max(1, heat * 0.985);
    }
  }

  /** A curved path from source to target, stopping at the target's circle (room for the arrow). */
  function edgePath(e) {
    const dx = e.t.x - e.s.x, dy = e.t.y - e.s.y;
    const d = Math.sqrt(dx * dx + dy * dy) || 1;
    const bend = 14 + 12 * e.lane;
    const cx = (e.s.x + e.t.x) / 2 - (dy / d) * bend, cy = (e.s.y + e.t.y) / 2 + (dx / d) * bend;
    const ux = e.t.x - cx, uy = e.t.y - cy;
    const ul = Math.sqrt(ux * ux + uy * uy) || 1;
    const ex = e.t.x - (ux / ul) * (e.t.r + 2), ey = e.t.y - (uy / ul) * (e.t.r + 2);
    return `M${e.s.x.toFixed(1)},${e.s.y.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`;
  }

  function draw(figure, graph) {
    const byId = new Map();
    const nodes = (graph.nodes || []).filter((n) => n && typeof n.id === "string" && !byId.has(n.id))
      .map((n) => { const node = { ...n, count: Number(n.count) || 0 }; byId.set(n.id, node); return node; });
    const lanes = new Map();
    const edges = (graph.edges || []).filter((e) => byId.has(e.source) && byId.has(e.target) && e.source !== e.target)
      .map((e) => {
        const key = e.source + "\u0000" + e.target;
        const lane = lanes.get(key) || 0;
        lanes.set(key, lane + 1);
        return { ...e, s: byId.get(e.source), t: byId.get(e.target), count: Number(e.count) || 1, lane };
      });
    if (!nodes.length) { figure.append(K.el("p", { class: "empty" }, "No events between actors match.")); return; }
    const maxCount = Math.max(...nodes.map((n) => n.count), 1);
    for (const node of nodes) node.r = 6 + 16 * Math.sqrt(node.count / maxCount);
    layout(nodes, edges);

    const root = K.svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "actor network" });
    const defs = K.svg("defs");
    const types = [...new Set(edges.map((e) => e.type))];
    types.forEach((type, i) => {
      defs.append(K.svg("marker", { id: "arrow-" + i, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7,
        markerHeight: 7, markerUnits: "userSpaceOnUse", orient: "auto", class: K.typeClass(type) },
        K.svg("path", { class: "arrowhead", d: "M0,0 L10,5 L0,10 z" })));
    });
    root.append(defs);
    const edgeLayer = K.svg("g", { class: "edges" });
    for (const e of edges) {
      const name = (node) => node.name_en || node.name_ar || node.id;
      e.path = K.svg("path", { class: "edge " + K.typeClass(e.type), d: edgePath(e),
        "stroke-width": Math.min(12, 1.2 + 2 * Math.log2(1 + e.count)).toFixed(1),
        "marker-end": `url(#arrow-${types.indexOf(e.type)})`, "data-type": e.type },
        K.svg("title", null, `${name(e.s)} → ${name(e.t)}: ${e.type} × ${e.count}`));
      edgeLayer.append(e.path);
    }
    root.append(edgeLayer);
    const nodeLayer = K.svg("g", { class: "nodes" });
    for (const node of nodes) {
      const codes = [node.country, node.sector].filter(Boolean).join(" · ");
      node.g = K.svg("g", { class: "node", transform: `translate(${node.x.toFixed(1)},${node.y.toFixed(1)})`,
        "data-id": node.id, tabindex: 0, role: "link" },
        K.svg("title", null, [node.name_en, node.name_ar, codes, node.count + " events"].filter(Boolean).join("\n")),
        K.svg("circle", { r: node.r.toFixed(1) }),
        K.svg("text", { y: -node.r - 4, "text-anchor": "middle" }, node.name_en || node.id));
      if (node.name_ar) {
        node.g.append(K.svg("text", { class: "ar", lang: "ar", y: node.r + 14, "text-anchor": "middle", dir: "rtl" }, node.name_ar));
      }
      nodeLayer.append(node.g);
    }
    root.append(nodeLayer);
    figure.append(root);
    drag(root, nodes, edges);
    const legend = K.el("div", { class: "chart-legend" });
    for (const type of types) legend.append(K.el("span", { class: "badge " + K.typeClass(type) }, type));
    figure.append(legend);
  }

  function drag(root, nodes, edges) {
    let held = null, moved = false;
    const point = (evt) => {
      const p = root.createSVGPoint();
      p.x = evt.clientX; p.y = evt.clientY;
      return p.matrixTransform(root.getScreenCTM().inverse());
    };
    const byG = new Map(nodes.map((n) => [n.g, n]));
    root.addEventListener("pointerdown", (evt) => {
      const g = evt.target.closest(".node");
      if (!g) return;
      held = byG.get(g); moved = false;
      root.setPointerCapture(evt.pointerId);
    });
    root.addEventListener("pointermove", (evt) => {
      if (!held) return;
      const p = point(evt);
      held.x = p.x; held.y = p.y; moved = true;
      held.g.setAttribute("transform", `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`);
      for (const e of edges) if (e.s === held || e.t === held) e.path.setAttribute("d", edgePath(e));
    });
    root.addEventListener("pointerup", () => {
      if (held && !moved) window.location.href = K.actorHref(held.id);
      held = null;
    });
    root.addEventListener("keydown", (evt) => {
      const g = evt.target.closest && evt.target.closest(".node");
      if (g && evt.key === "Enter") window.location.href = K.actorHref(byG.get(g).id);
    });
  }

  const figure = document.getElementById("network");
  if (figure) draw(figure, K.readJSON("network-data") || { nodes: [], edges: [] });
})();
