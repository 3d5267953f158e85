/* Annotate page and stored-document page: draw a document of the extract contract with its
   entities highlighted by type, a tooltip for the resolved actor, and event cards that
   highlight their trigger and sentence. Text goes into the DOM only as text nodes. */
"use strict";

(function () {
  const K = window.khabar;
  const LABELS = new Set(["PER", "ORG", "LOC", "MISC"]);
  const $ = (id) => document.getElementById(id);

  /** Spans that fit the text, as {start, end, ...}; anything malformed is dropped. */
  function validSpans(spans, length) {
    return (spans || []).filter((s) => s && Number.isInteger(s.start) && Number.isInteger(s.end)
      && s.start >= 0 && s.start < s.end && s.end <= length);
  }

  /** Cut the text at every span boundary: each piece knows its sentence, entity, mention, triggers. */
  function segments(doc, entities, mentions, triggers) {
    const text = doc.text;
    const sentences = validSpans(doc.sentences, text.length).map((s, i) => ({ ...s, i }));
    const cuts = new Set([0, text.length]);
    for (const s of [...sentences, ...entities, ...mentions, ...triggers]) { cuts.add(s.start); cuts.add(s.end); }
    const points = [...cuts].sort((a, b) => a - b);
    const covering = (list, a) => list.find((s) => s.start <= a && a < s.end) || null;
    const pieces = [];
    for (let k = 0; k + 1 < points.length; k++) {
      const a = points[k];
      const sent = covering(sentences, a);
      pieces.push({
        start: a, end: points[k + 1], sent: sent ? sent.i : -1,
        ent: covering(entities, a), ment: covering(mentions, a),
        evs: triggers.filter((t) => t.start <= a && a < t.end).map((t) => t.ev),
      });
    }
    return pieces;
  }

  function describe(actor, fallbackText, label) {
    const lines = [];
    if (actor) {
      lines.push(K.el("div", null, K.el("strong", null, actor.name_en || actor.id),
        actor.name_ar ? " " : null,
        actor.name_ar ? K.el("bdi", { class: "ar", lang: "ar", dir: "rtl" }, actor.name_ar) : null));
      const codes = [actor.country && "country " + actor.country, actor.sector && "sector " + actor.sector,
        actor.type && "type " + actor.type].filter(Boolean).join(" · ");
      if (codes) lines.push(K.el("div", null, codes));
      lines.push(K.el("div", { class: "dim" }, "actor id " + actor.id));
    } else {
      lines.push(K.el("div", null, K.el("bdi", { class: "ar", lang: "ar", dir: "rtl" }, fallbackText)));
      lines.push(K.el("div", { class: "dim" }, "not resolved to an actor"));
    }
    if (label) lines.push(K.el("div", { class: "dim" }, "entity " + label));
    return lines;
  }

  function showTooltip(target, lines) {
    const tip = $("tooltip");
    K.clear(tip).append(...lines);
    tip.hidden = false;
    const box = target.getBoundingClientRect();
    const top = box.bottom + 6 + tip.offsetHeight > window.innerHeight ? box.top - tip.offsetHeight - 6 : box.bottom + 6;
    tip.style.top = Math.max(4, top) + "px";
    tip.style.left = Math.max(4, Math.min(box.left, window.innerWidth - tip.offsetWidth - 8)) + "px";
  }

  function hideTooltip() { $("tooltip").hidden = true; }

  function drawArticle(doc, actors) {
    const text = doc.text;
    const entities = validSpans(doc.entities, text.length).sort((a, b) => a.start - b.start || b.end - a.end);
    const mentions = [];
    for (const actor of actors.values()) {
      for (const m of validSpans(actor.mentions, text.length)) mentions.push({ ...m, actor: actor.id });
    }
    const triggers = [];
    (doc.events || []).forEach((ev, i) => {
      const t = ev && ev.trigger;
      if (t && validSpans([t], text.length).length) triggers.push({ start: t.start, end: t.end, ev: i });
    });
    const article = K.clear($("article"));
    let sentNode = null, sentIndex = null, entity = null, entNode = null, mention = null;
    for (const piece of segments(doc, entities, mentions, triggers)) {
      if (piece.sent !== sentIndex) {
        sentIndex = piece.sent;
        entity = mention = entNode = null;
        sentNode = sentIndex >= 0 ? K.el("span", { class: "sent", "data-s": sentIndex }) : null;
        if (sentNode) article.append(sentNode);
      }
      const host = sentNode || article;
      const ment = piece.ent ? null : piece.ment;
      if (piece.ent !== entity || ment !== mention) {
        entity = piece.ent;
        mention = ment;
        entNode = null;
        if (entity) {
          const label = LABELS.has(entity.label) ? entity.label : "MISC";
          entNode = K.el("mark", { class: "ent ent-" + label, "data-actor": entity.actor_id || null,
                                   "data-label": entity.label });
          const actor = entity.actor_id ? actors.get(entity.actor_id) : null;
          const ent = entity;
          const lines = () => describe(actor, ent.text, ent.label);
          entNode.addEventListener("mouseenter", (e) => showTooltip(e.currentTarget, lines()));
          entNode.addEventListener("mouseleave", hideTooltip);
        } else if (mention) {
          entNode = K.el("span", { class: "ment", "data-actor": mention.actor });
          const actor = actors.get(mention.actor);
          const surface = mention.text;
          entNode.addEventListener("mouseenter", (e) => showTooltip(e.currentTarget, describe(actor, surface, null)));
          entNode.addEventListener("mouseleave", hideTooltip);
        }
        if (entNode) host.append(entNode);
      }
      let node = document.createTextNode(text.slice(piece.start, piece.end));
      if (piece.evs.length) node = K.el("span", { class: "trig", "data-ev": piece.evs.join(" ") }, node);
      (entNode || host).append(node);
    }
  }

  let pinned = null;
  let current = null;

  function onArticleClick(e) {
    const trig = e.target.closest && e.target.closest(".trig");
    if (!trig || !current) return;
    const first = Number(trig.getAttribute("data-ev").split(" ")[0]);
    const card = document.querySelector('.card[data-ev="' + first + '"]');
    if (card) card.scrollIntoView({ block: "nearest" });
    select(first, current, false);
  }

  function highlight(i, doc) {
    document.querySelectorAll("#article .active, #events .active").forEach((n) => n.classList.remove("active"));
    if (i === null) return null;
    const ev = doc.events[i];
    document.querySelectorAll("#article .trig").forEach((n) => {
      if (n.getAttribute("data-ev").split(" ").includes(String(i))) n.classList.add("active");
    });
    document.querySelectorAll("#article .sent").forEach((n) => {
      if (n.getAttribute("data-s") === String(ev.sentence)) n.classList.add("active");
    });
    const card = document.querySelector('.card[data-ev="' + i + '"]');
    if (card) card.classList.add("active");
    return document.querySelector("#article .trig.active");
  }

  function select(i, doc, scroll) {
    pinned = i;
    const trig = highlight(i, doc);
    if (scroll && trig) trig.scrollIntoView({ block: "center" });
  }

  function actorList(ids, actors) {
    const span = K.el("span", { class: "side" });
    (ids || []).forEach((id, k) => {
      if (k) span.append(", ");
      span.append(K.actorLink(actors.get(id), id));
    });
    if (!span.firstChild) span.append(K.el("span", { class: "dim" }, "–"));
    return span;
  }

  function drawEvents(doc, actors) {
    const box = K.clear($("events"));
    const events = doc.events || [];
    $("n-events").textContent = "(" + events.length + ")";
    if (!events.length) box.append(K.el("p", { class: "empty" }, "No events found."));
    events.forEach((ev, i) => {
      const place = ev.location ? actors.get(ev.location) : null;
      const facts = K.el("dl", { class: "facts" },
        K.el("dt", null, "trigger"), K.el("dd", null, K.el("bdi", { class: "ar", lang: "ar", dir: "rtl" }, (ev.trigger && ev.trigger.text) || "")),
        K.el("dt", null, "place"), K.el("dd", null, ev.location ? K.actorLink(place, ev.location) : "–"),
        K.el("dt", null, "date"), K.el("dd", null, ev.date || "–"));
      const card = K.el("div", { class: "card " + K.typeClass(ev.type), tabindex: 0, "data-ev": i, role: "button",
                                 "aria-label": "event " + (i + 1) + " " + ev.type },
        K.el("div", { class: "head" },
          K.el("span", { class: "badge " + K.typeClass(ev.type) }, ev.type),
          K.el("span", { class: "mode" }, ev.mode || ""),
          K.el("span", { class: "conf" }, "confidence " + Number(ev.confidence || 0).toFixed(2))),
        K.el("div", { class: "who" }, actorList(ev.source, actors), K.el("span", { class: "arrow" }, "→"),
          actorList(ev.target, actors)),
        facts,
        ev.evidence ? K.el("p", { class: "evidence ar", lang: "ar", dir: "rtl" }, ev.evidence) : null);
      card.addEventListener("mouseenter", () => highlight(i, doc));
      card.addEventListener("mouseleave", () => highlight(pinned, doc));
      card.addEventListener("focus", () => highlight(i, doc));
      card.addEventListener("click", (e) => { if (!e.target.closest("a")) select(pinned === i ? null : i, doc, true); });
      card.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); select(i, doc, true); } });
      box.append(card);
    });
  }

  function drawActors(doc) {
    const list = K.clear($("actors"));
    const actors = doc.actors || [];
    $("n-actors").textContent = "(" + actors.length + ")";
    for (const a of actors) {
      const codes = [a.country, a.sector, a.type].filter(Boolean).join(" · ");
      list.append(K.el("li", null, K.actorLink(a, a.id), codes ? K.el("span", { class: "codes" }, codes) : null,
        K.el("span", { class: "codes" }, (a.mentions || []).length + "×")));
    }
  }

  function render(doc) {
    const actors = new Map((doc.actors || []).map((a) => [a.id, a]));
    pinned = null;
    current = doc;
    $("doc-meta").textContent = [doc.date ? "date " + doc.date : "no date",
      (doc.sentences || []).length + " sentences", (doc.entities || []).length + " entities",
      actors.size + " actors", (doc.events || []).length + " events"].join(" · ");
    drawArticle(doc, actors);
    drawEvents(doc, actors);
    drawActors(doc);
    $("docview").hidden = false;
  }

  async function submit(e) {
    e.preventDefault();
    const status = $("status");
    const button = $("run");
    status.className = "status";
    status.textContent = "annotating…";
    button.disabled = true;
    try {
      const body = { text: $("text").value };
      if ($("date").value) body.date = $("date").value;
      const response = await fetch("/api/extract", {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
      const data = await response.json().catch(() => null);
      if (!response.ok) {
        const message = data && data.error ? data.error.message : "HTTP " + response.status;
        const fields = data && data.error && data.error.fields ? data.error.fields.map((f) => f.field + ": " + f.message).join("; ") : "";
        throw new Error(fields ? message + " (" + fields + ")" : message);
      }
      render(data);
      status.textContent = "done";
      $("docview").scrollIntoView({ block: "start" });
    } catch (err) {
      status.className = "status error";
      status.textContent = err.message;
    } finally {
      button.disabled = false;
    }
  }

  function load(e) {
    const file = e.target.files && e.target.files[0];
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => { $("text").value = reader.result; };
    reader.onerror = () => { $("status").textContent = "cannot read " + file.name; };
    reader.readAsText(file, "utf-8");
  }

  $("article").addEventListener("click", onArticleClick);
  const stored = K.readJSON("doc-data");
  if (stored) render(stored);
  const form = $("annotate-form");
  if (form) {
    form.addEventListener("submit", submit);
    $("file").addEventListener("change", load);
  }
})();
