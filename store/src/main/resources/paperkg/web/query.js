// The SPARQL editor of /query: posts the query to this server's endpoint and draws the answer as a table.
(function () {
  "use strict";
  var form = document.getElementById("sparql-form");
  var text = document.getElementById("sparql");
  var status = document.getElementById("status");
  var results = document.getElementById("results");
  var RESOURCE = "https://w3id.org/paperkg/resource/";

  function cell(term) {
    var td = document.createElement("td");
    if (!term) { return td; }
    if (term.type === "uri") {
      var a = document.createElement("a");
      a.href = term.value.indexOf(RESOURCE) === 0 ? "/page/" + term.value.substring(RESOURCE.length) : term.value;
      a.textContent = term.value.indexOf(RESOURCE) === 0 ? term.value.substring(RESOURCE.length) : term.value;
      td.appendChild(a);
    } else {
      td.textContent = term.value;
    }
    return td;
  }

  function draw(json) {
    results.textContent = "";
    if (typeof json.boolean === "boolean") {
      results.textContent = json.boolean ? "true" : "false";
      return;
    }
    var vars = json.head.vars;
    var table = document.createElement("table");
    table.className = "results";
    var head = document.createElement("tr");
    vars.forEach(function (v) { var th = document.createElement("th"); th.textContent = v; head.appendChild(th); });
    table.appendChild(head);
    json.results.bindings.forEach(function (b) {
      var tr = document.createElement("tr");
      vars.forEach(function (v) { tr.appendChild(cell(b[v])); });
      table.appendChild(tr);
    });
    results.appendChild(table);
    status.textContent = json.results.bindings.length + " row(s)";
  }

  function run(event) {
    if (event) { event.preventDefault(); }
    status.textContent = "running...";
    var body = new URLSearchParams();
    body.set("query", text.value);
    fetch(form.getAttribute("data-endpoint"), {
      method: "POST",
      headers: { "Accept": "application/sparql-results+json" },
      body: body
    }).then(function (r) {
      if (!r.ok) {
        return r.text().then(function (t) { throw new Error("HTTP " + r.status + ": " + t); });
      }
      return r.json();
    }).then(draw).catch(function (e) {
      status.textContent = "";
      results.textContent = "";
      var pre = document.createElement("pre");
      pre.className = "error";
      pre.textContent = e.message;
      results.appendChild(pre);
    });
  }

  form.addEventListener("submit", run);
  text.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { run(e); }
  });
})();
