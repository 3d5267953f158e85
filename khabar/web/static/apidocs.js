/* API reference drawn from /openapi.json: every path and method with its parameters, request
   body fields and responses. Replaces FastAPI's CDN-loaded Swagger UI so /docs works offline. */
"use strict";

(function () {
  const K = window.khabar;

  function typeOf(schema, spec) {
    if (!schema) return "";
    if (schema.$ref) return schema.$ref.split("/").pop();
    if (schema.anyOf) return schema.anyOf.map((s) => typeOf(s, spec)).join(" | ");
    if (schema.type === "array") return typeOf(schema.items, spec) + "[]";
    return (schema.type || "object") + (schema.format ? " (" + schema.format + ")" : "");
  }

  function resolve(schema, spec) {
    if (schema && schema.$ref) return spec.components.schemas[schema.$ref.split("/").pop()] || {};
    return schema || {};
  }

  function limits(schema) {
    const parts = [];
    for (const s of [schema, ...(schema.anyOf || [])]) {
      if (s.minimum !== undefined) parts.push("≥ " + s.minimum);
      if (s.maximum !== undefined) parts.push("≤ " + s.maximum);
      if (s.maxLength !== undefined) parts.push("max length " + s.maxLength);
    }
    if (schema.default !== undefined && schema.default !== null) parts.push("default " + JSON.stringify(schema.default));
    return parts.join(", ");
  }

  function table(head, rows) {
    return K.el("table", null, K.el("thead", null, K.el("tr", null, ...head.map((h) => K.el("th", null, h)))),
      K.el("tbody", null, ...rows.map((r) => K.el("tr", null, ...r.map((c) => K.el("td", null, c))))));
  }

  function operation(path, method, op, spec) {
    const box = K.el("section", { class: "op", id: (op.operationId || method + path).replace(/[^A-Za-z0-9_-]/g, "_") },
      K.el("h3", null, K.el("span", { class: "method " + method }, method.toUpperCase()), path),
      op.summary ? K.el("p", null, K.el("strong", null, op.summary)) : null,
      op.description ? K.el("p", null, op.description) : null);
    const params = op.parameters || [];
    if (params.length) {
      box.append(table(["parameter", "in", "type", "required", "notes"], params.map((p) => [
        K.el("code", null, p.name), p.in, typeOf(p.schema, spec), p.required ? "yes" : "no",
        [p.description || (p.schema && p.schema.description) || "", limits(p.schema || {})].filter(Boolean).join("; ")])));
    }
    const body = op.requestBody && op.requestBody.content && op.requestBody.content["application/json"];
    if (body) {
      const schema = resolve(body.schema, spec);
      const required = new Set(schema.required || []);
      box.append(K.el("p", null, "JSON body ", K.el("code", null, typeOf(body.schema, spec)), ":"),
        table(["field", "type", "required", "notes"], Object.entries(schema.properties || {}).map(([name, s]) => [
          K.el("code", null, name), typeOf(s, spec), required.has(name) ? "yes" : "no",
          [s.description || "", limits(s)].filter(Boolean).join("; ")])));
    }
    box.append(table(["status", "meaning"], Object.entries(op.responses || {}).map(([code, r]) => [code, r.description || ""])));
    return box;
  }

  async function main() {
    const root = document.getElementById("apidocs");
    try {
      const spec = await (await fetch("/openapi.json")).json();
      K.clear(root).append(K.el("p", { class: "meta" }, `${spec.info.title} ${spec.info.version}: ${spec.info.description || ""}`));
      for (const [path, methods] of Object.entries(spec.paths || {})) {
        for (const [method, op] of Object.entries(methods)) root.append(operation(path, method, op, spec));
      }
    } catch (err) {
      K.clear(root).append(K.el("p", { class: "error" }, "cannot load /openapi.json: " + err.message));
    }
  }

  main();
})();
