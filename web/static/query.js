// The query page: YASGUI's editor against this server's /sparql, an example gallery, one share
// link, and results drawn here: IRIs by their label and place, dates as written, cells that wrap,
// a map for rows with coordinates and a timeline for dated rows. Everything is served locally.
(function () {
  "use strict";
  var page = document.getElementById("query-page");
  var lang = document.documentElement.lang || "en";
  var words = JSON.parse(page.dataset.words || "{}");
  function t(s) { return words[s] || s; }
  var endpoint = window.location.origin + "/sparql";
  var DEFAULT_QUERY = [
    "PREFIX bm: <https://w3id.org/bomay/ontology#>",
    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>",
    "PREFIX schema: <https://schema.org/>",
    "SELECT ?unit ?name ?lat ?long WHERE {",
    "  ?unit a bm:AdminUnit ; bm:level <https://w3id.org/bomay/level/province> ;",
    "        skos:prefLabel ?name ; schema:latitude ?lat ; schema:longitude ?long .",
    "  FILTER NOT EXISTS { ?unit schema:endDate ?end }",
    "} ORDER BY ?name",
  ].join("\n");
  if (Yasgui.Yasqe && Yasgui.Yasqe.defaults) {
    Yasgui.Yasqe.defaults.autocompleters = ["prefixes", "variables"];
  }
  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    persistenceId: null,
    populateFromUrl: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    yasqe: { autocompleters: ["prefixes", "variables"] },
  });

  function tab() { return yasgui.getTab(); }
  var results = document.getElementById("results");
  var status = document.getElementById("result-status");

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function shareLink(query) {
    return window.location.origin + "/query?query=" + encodeURIComponent(query);
  }

  function isDate(term) {
    return term && term.type === "literal" && /XMLSchema#date(Time)?$/.test(term.datatype || "");
  }

  function cell(term, labels) {
    var td = el("td");
    if (!term) { return td; }
    if (term.type === "uri") {
      var info = labels[term.value];
      var a = el("a", { href: info ? info.href : "/resource?iri=" + encodeURIComponent(term.value), title: term.value },
                 info && info.label ? info.label : term.value);
      td.appendChild(a);
      if (info && info.context && info.context.length) {
        td.appendChild(el("br"));
        td.appendChild(el("small", { "class": "context" }, info.context.join(" › ")));
      }
    } else if (isDate(term)) {
      td.className = "dates";
      td.textContent = term.value;
    } else if (term.datatype && /XMLSchema#boolean$/.test(term.datatype)) {
      td.textContent = term.value === "true" || term.value === "1" ? t("yes") : t("no");
    } else {
      td.textContent = term.value;
    }
    return td;
  }

  function fetchLabels(bindings) {
    var iris = {};
    bindings.slice(0, 2000).forEach(function (row) {
      Object.keys(row).forEach(function (k) { if (row[k].type === "uri") { iris[row[k].value] = 1; } });
    });
    var list = Object.keys(iris);
    if (!list.length) { return Promise.resolve({}); }
    return fetch("/api/labels", { method: "POST", headers: { "Content-Type": "application/json" },
                                  body: JSON.stringify({ iris: list, lang: lang }) })
      .then(function (r) { return r.ok ? r.json() : {}; }).catch(function () { return {}; });
  }

  function coordinates(vars, bindings) {
    var lat = vars.filter(function (v) { return /^(lat|latitude)$/i.test(v); })[0];
    var lon = vars.filter(function (v) { return /^(long|lon|lng|longitude)$/i.test(v); })[0];
    if (!lat || !lon) { return []; }
    return bindings.map(function (row) {
      var y = row[lat] && parseFloat(row[lat].value), x = row[lon] && parseFloat(row[lon].value);
      return isFinite(x) && isFinite(y) ? { x: x, y: y, row: row } : null;
    }).filter(Boolean);
  }

  function firstIri(row, vars) {
    for (var i = 0; i < vars.length; i++) { if (row[vars[i]] && row[vars[i]].type === "uri") { return row[vars[i]].value; } }
    return null;
  }

  var SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attrs) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  function drawMap(points, vars, labels) {
    var box = el("figure", { id: "result-map", "class": "result-map" });
    box.appendChild(el("figcaption", {}, t("Map") + " (" + points.length + ")"));
    var xs = points.map(function (p) { return p.x; }), ys = points.map(function (p) { return p.y; });
    var minX = Math.min.apply(null, xs) - 0.3, maxX = Math.max.apply(null, xs) + 0.3;
    var minY = Math.min.apply(null, ys) - 0.3, maxY = Math.max.apply(null, ys) + 0.3;
    var h = 520, w = Math.max(200, Math.min(900, h * (maxX - minX) / (maxY - minY)));
    var root = svg("svg", { viewBox: "0 0 " + w + " " + h, width: w, height: h, role: "img" });
    points.forEach(function (p) {
      var iri = firstIri(p.row, vars), info = iri ? labels[iri] : null;
      var cx = (p.x - minX) / (maxX - minX) * w, cy = h - (p.y - minY) / (maxY - minY) * h;
      var link = svg("a", { href: info ? info.href : (iri ? "/resource?iri=" + encodeURIComponent(iri) : "#") });
      var dot = svg("circle", { cx: cx.toFixed(1), cy: cy.toFixed(1), r: 4, "class": "point" });
      var title = svg("title", {});
      title.textContent = info && info.label ? info.label : (iri || "");
      dot.appendChild(title);
      link.appendChild(dot);
      root.appendChild(link);
    });
    box.appendChild(root);
    return box;
  }

  function drawTimeline(vars, bindings, labels) {
    var dated = [];
    bindings.forEach(function (row) {
      vars.forEach(function (v) { if (isDate(row[v])) { dated.push({ day: row[v].value.slice(0, 10), v: v, row: row }); } });
    });
    if (dated.length < 2) { return null; }
    var counts = {};
    dated.forEach(function (d) { counts[d.day] = (counts[d.day] || 0) + 1; });
    var days = Object.keys(counts).sort();
    var box = el("figure", { id: "result-timeline", "class": "result-timeline" });
    box.appendChild(el("figcaption", {}, t("Timeline") + " (" + dated.length + ")"));
    var list = el("ol", { "class": "timeline" });
    days.slice(0, 200).forEach(function (day) {
      var item = el("li");
      item.appendChild(el("span", { "class": "dates" }, day));
      var names = dated.filter(function (d) { return d.day === day; }).slice(0, 5).map(function (d) {
        var iri = firstIri(d.row, vars), info = iri ? labels[iri] : null;
        return (info && info.label ? info.label : (iri || "")) + " (" + d.v + ")";
      });
      item.appendChild(el("span", {}, " " + names.join("; ") + (counts[day] > 5 ? " …" : "")));
      list.appendChild(item);
    });
    box.appendChild(list);
    return box;
  }

  function show(data) {
    results.innerHTML = "";
    if (typeof data.boolean === "boolean") {
      status.textContent = data.boolean ? t("yes") : t("no");
      return Promise.resolve();
    }
    var vars = data.head.vars, bindings = data.results.bindings;
    status.textContent = bindings.length + " " + t("rows");
    return fetchLabels(bindings).then(function (labels) {
      var points = coordinates(vars, bindings);
      if (points.length) { results.appendChild(drawMap(points, vars, labels)); }
      var timeline = drawTimeline(vars, bindings, labels);
      if (timeline) { results.appendChild(timeline); }
      var table = el("table", { "class": "results full", id: "result-table" });
      var head = el("tr");
      vars.forEach(function (v) { head.appendChild(el("th", {}, v)); });
      table.appendChild(el("thead")).appendChild(head);
      var body = el("tbody");
      bindings.forEach(function (row) {
        var tr = el("tr");
        vars.forEach(function (v) { tr.appendChild(cell(row[v], labels)); });
        body.appendChild(tr);
      });
      table.appendChild(body);
      results.appendChild(table);
    });
  }

  function execute(query) {
    status.textContent = "…";
    results.innerHTML = "";
    var form = new URLSearchParams();
    form.append("query", query);
    return fetch(endpoint, { method: "POST", body: form,
                             headers: { Accept: "application/sparql-results+json, text/turtle;q=0.9" } })
      .then(function (response) {
        var type = response.headers.get("content-type") || "";
        if (!response.ok) { return response.text().then(function (text) { throw new Error(text); }); }
        if (type.indexOf("json") >= 0) { return response.json().then(show); }
        return response.text().then(function (text) {
          status.textContent = "";
          results.appendChild(el("pre", { "class": "graph-result" }, text));
        });
      })
      .catch(function (err) { status.textContent = ""; results.appendChild(el("p", { "class": "error", role: "alert" }, err.message)); });
  }

  function run(query) {
    tab().setQuery(query);
    window.history.replaceState(null, "", "/query?query=" + encodeURIComponent(query) +
                                (new URLSearchParams(window.location.search).get("lang") ? "&lang=" + lang : ""));
    return execute(query);
  }

  // Every way of running a query (the editor's button, Ctrl+Enter) comes here.
  var editor = tab().getYasqe();
  editor.query = function () { return run(editor.getValue()); };

  var initial = window.BOMAY_INITIAL_QUERY;
  if (initial) {
    run(initial);
  } else if (!tab().getQuery() || !tab().getQuery().trim()) {
    tab().setQuery(DEFAULT_QUERY);
  }
  document.getElementById("run").addEventListener("click", function () { run(editor.getValue()); });

  document.getElementById("share").addEventListener("click", function () {
    var box = document.getElementById("share-link");
    box.value = shareLink(tab().getQuery());
    box.select();
    if (navigator.clipboard) { navigator.clipboard.writeText(box.value).catch(function () {}); }
  });

  document.querySelectorAll("form.example").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var params = new URLSearchParams();
      form.querySelectorAll("input").forEach(function (input) {
        if (input.value !== "") { params.append(input.name, input.value); }
      });
      var error = form.querySelector(".example-error");
      error.textContent = "";
      var url = "/api/queries/" + encodeURIComponent(form.dataset.name) + "/sparql?" + params.toString();
      fetch(url).then(function (response) {
        return response.text().then(function (text) {
          if (!response.ok) {
            try { text = JSON.parse(text).error || text; } catch (e) { /* plain text */ }
            throw new Error(text);
          }
          return text;
        });
      }).then(run).catch(function (err) { error.textContent = err.message; });
    });
  });
})();
