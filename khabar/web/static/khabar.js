/* khabar: small DOM helpers shared by the page scripts.
   Untrusted data (article text, names, ids) only ever goes into the DOM through textContent,
   setAttribute on harmless attributes, or encodeURIComponent in URLs: never innerHTML. */
"use strict";

window.khabar = (function () {
  const SVG_NS = "http://www.w3.org/2000/svg";
  const SAFE_ATTR = /^(class|id|href|title|lang|dir|role|tabindex|hidden|type|for|value|d|x|y|x1|x2|y1|y2|cx|cy|r|rx|width|height|viewBox|transform|text-anchor|dominant-baseline|marker-end|markerWidth|markerHeight|refX|refY|orient|markerUnits|stroke-width|aria-[a-z]+|data-[a-z-]+)$/;

  function setAttrs(node, attrs) {
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (!SAFE_ATTR.test(key)) throw new Error("attribute not allowed: " + key);
      if (key === "href" && !String(value).startsWith("/")) throw new Error("only local links");
      node.setAttribute(key, value === true ? "" : String(value));
    }
  }

  function append(node, children) {
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  /** An HTML element; strings among the children become text nodes. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    setAttrs(node, attrs);
    return append(node, children);
  }

  /** An SVG element. */
  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG_NS, tag);
    setAttrs(node, attrs);
    return append(node, children);
  }

  /** A CSS class name for an event type (t-ASSAULT); anything odd becomes t-OTHER. */
  function typeClass(type) {
    return /^[A-Z_]{1,40}$/.test(type || "") ? "t-" + type : "t-OTHER";
  }

  function actorHref(id) {
    return "/actors/" + encodeURIComponent(id);
  }

  /** A link to an actor page: English name, with the Arabic name isolated right-to-left. */
  function actorLink(actor, id) {
    const a = el("a", { class: "actor", href: actorHref(id) });
    const en = actor && actor.name_en;
    const ar = actor && actor.name_ar;
    if (en) a.append(el("span", { class: "en" }, en));
    if (en && ar) a.append(" ");
    if (ar) a.append(el("bdi", { class: "ar", lang: "ar", dir: "rtl" }, ar));
    if (!en && !ar) a.append(el("span", { class: "en" }, id));
    return a;
  }

  /** JSON embedded by the server in <script type="application/json" id=...> (escaped with tojson). */
  function readJSON(id) {
    const node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  return { el, svg, typeClass, actorHref, actorLink, readJSON, clear };
})();
