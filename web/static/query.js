// The query page: YASGUI against this server's /sparql, an example gallery, shareable links.
// Everything is served locally; remote autocompletion (LOV) is switched off.
(function () {
  "use strict";
  var endpoint = window.location.origin + "/sparql";
  var DEFAULT_QUERY = [
    "PREFIX bm: <https://w3id.org/bomay/ontology#>",
    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>",
    "SELECT ?class (COUNT(?x) AS ?n) WHERE { ?x a ?class } GROUP BY ?class ORDER BY DESC(?n) LIMIT 20",
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

  function shareLink(query) {
    return window.location.origin + "/query?query=" + encodeURIComponent(query);
  }

  function run(query) {
    var t = tab();
    t.setQuery(query);
    t.getYasqe().query();
    window.history.replaceState(null, "", "/query?query=" + encodeURIComponent(query));
  }

  var initial = window.BOMAY_INITIAL_QUERY;
  if (initial) {
    run(initial);
  } else if (!tab().getQuery() || !tab().getQuery().trim()) {
    tab().setQuery(DEFAULT_QUERY);
  }

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
          if (!response.ok) { throw new Error(text); }
          return text;
        });
      }).then(run).catch(function (err) { error.textContent = err.message; });
    });
  });
})();
