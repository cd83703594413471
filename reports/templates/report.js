/* Report behaviour, no libraries: seek the recording, sort and filter tables, page long
   lists, print. Data only ever reaches the page through textContent, never as markup. */
(function () {
  "use strict";
  var audio = document.getElementById("player");
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };

  function seek(seconds) {
    if (!audio || isNaN(seconds)) { return; }
    var go = function () {
      audio.currentTime = seconds;
      var playing = audio.play();
      // Autoplay policies may refuse; the position is set either way.
      if (playing && playing.catch) { playing.catch(function () {}); }
    };
    if (audio.readyState >= 1) { go(); } else {
      audio.addEventListener("loadedmetadata", go, { once: true });
    }
  }

  function compare(a, b, numeric) {
    if (numeric) {
      a = parseFloat(a); b = parseFloat(b);
      a = isNaN(a) ? -Infinity : a; b = isNaN(b) ? -Infinity : b;
    } else {
      a = String(a).toLowerCase(); b = String(b).toLowerCase();
    }
    return a < b ? -1 : (a > b ? 1 : 0);
  }

  /* A list that arrives as JSON (thousands of calls): sorted and filtered as data, shown
     a page at a time, so the browser never lays out thousands of rows again. */
  function DataTable(table) {
    var rows = JSON.parse(document.getElementById(table.getAttribute("data-source")).textContent);
    var size = parseInt(table.getAttribute("data-page-size"), 10) || 100;
    var pager = document.querySelector("[data-pager='" + table.id + "']");
    var view = rows, page = 0;

    function value(cell) {
      if (cell === null || typeof cell !== "object") { return cell === null ? "" : cell; }
      if (cell.b) { return cell.b.join(" "); }
      return cell.v;
    }
    function text(cell) {
      if (cell === null || typeof cell !== "object") { return cell === null ? "" : String(cell); }
      return cell.b ? cell.b.join(" ") : String(cell.t);
    }
    function cellNode(cell, row, index) {
      var td = document.createElement("td");
      if (index === 0 && row.h) {
        var a = document.createElement("a");
        a.setAttribute("href", row.h);
        a.textContent = text(cell);
        td.appendChild(a);
      } else if (cell && typeof cell === "object" && cell.b) {
        cell.b.forEach(function (label) {
          var span = document.createElement("span");
          span.className = "badge warn";
          span.textContent = label;
          td.appendChild(span);
        });
      } else {
        td.textContent = text(cell);
      }
      if (cell && typeof cell === "object" && "v" in cell) {
        td.className = "num";
        td.setAttribute("data-value", cell.v);
      }
      return td;
    }
    function render() {
      var pages = Math.max(1, Math.ceil(view.length / size));
      page = Math.min(Math.max(page, 0), pages - 1);
      var body = document.createElement("tbody");
      view.slice(page * size, (page + 1) * size).forEach(function (row) {
        var tr = document.createElement("tr");
        row.c.forEach(function (cell, i) { tr.appendChild(cellNode(cell, row, i)); });
        body.appendChild(tr);
      });
      table.replaceChild(body, table.tBodies[0]);
      if (pager) {
        var first = view.length ? page * size + 1 : 0;
        pager.querySelector(".range").textContent =
          first + "–" + Math.min(view.length, (page + 1) * size) + " / " + view.length;
        pager.hidden = rows.length <= size;
      }
    }
    this.sort = function (index, numeric, descending) {
      var keyed = view.map(function (row, i) { return [value(row.c[index]), i, row]; });
      keyed.sort(function (a, b) {
        return (descending ? -1 : 1) * compare(a[0], b[0], numeric) || a[1] - b[1];
      });
      view = keyed.map(function (k) { return k[2]; });
      page = 0;
      render();
    };
    this.filter = function (needle) {
      view = needle === "" ? rows : rows.filter(function (row) {
        return row.c.map(text).join(" ").toLowerCase().indexOf(needle) >= 0;
      });
      page = 0;
      render();
    };
    this.step = function (delta) { page += delta; render(); };
    render();
  }

  var dataTables = {};
  each(document.querySelectorAll("table[data-source]"), function (table) {
    dataTables[table.id] = new DataTable(table);
  });

  function sortDom(table, index, numeric, descending) {
    var body = table.tBodies[0];
    var keyed = Array.prototype.map.call(body.rows, function (row, i) {
      var cell = row.cells[index];
      var raw = !cell ? "" : (cell.hasAttribute("data-value") ? cell.getAttribute("data-value")
                                                               : cell.textContent.trim());
      return [raw, i, row];
    });
    keyed.sort(function (a, b) {
      return (descending ? -1 : 1) * compare(a[0], b[0], numeric) || a[1] - b[1];
    });
    var frag = document.createDocumentFragment();
    keyed.forEach(function (k) { frag.appendChild(k[2]); });
    body.appendChild(frag);
  }

  function sortBy(th) {
    var table = th.closest("table");
    var index = Array.prototype.indexOf.call(th.parentNode.cells, th);
    var numeric = th.getAttribute("data-sort") === "num";
    var descending = th.getAttribute("aria-sort") === "ascending";
    each(th.parentNode.cells, function (other) { other.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", descending ? "descending" : "ascending");
    if (dataTables[table.id]) { dataTables[table.id].sort(index, numeric, descending); }
    else { sortDom(table, index, numeric, descending); }
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof Element)) { return; }
    var th = target.closest("th[data-sort]");
    if (th) { sortBy(th); return; }
    if (target.closest("[data-print]")) { window.print(); return; }
    var step = target.closest("[data-step]");
    if (step) {
      dataTables[step.closest("[data-pager]").getAttribute("data-pager")]
        .step(parseInt(step.getAttribute("data-step"), 10));
      return;
    }
    if (target.closest("a")) { return; }
    var seekable = target.closest("[data-seek]");
    if (seekable) { seek(parseFloat(seekable.getAttribute("data-seek"))); }
  });

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.key !== "Enter" || !(target instanceof Element)) { return; }
    if (target.matches("th[data-sort]")) { sortBy(target); }
    else if (target.matches("[data-seek]")) { seek(parseFloat(target.getAttribute("data-seek"))); }
  });

  each(document.querySelectorAll("input[data-filter]"), function (input) {
    var id = input.getAttribute("data-filter");
    input.addEventListener("input", function () {
      var needle = input.value.trim().toLowerCase();
      if (dataTables[id]) { dataTables[id].filter(needle); return; }
      each(document.getElementById(id).tBodies[0].rows, function (row) {
        row.hidden = needle !== "" && row.textContent.toLowerCase().indexOf(needle) < 0;
      });
    });
  });

  if (audio) {
    var turns = Array.prototype.slice.call(document.querySelectorAll(".turn[data-end]"));
    var current = null;
    audio.addEventListener("timeupdate", function () {
      var t = audio.currentTime, found = null;
      for (var i = 0; i < turns.length; i++) {
        if (parseFloat(turns[i].getAttribute("data-seek")) <= t &&
            t < parseFloat(turns[i].getAttribute("data-end"))) { found = turns[i]; break; }
      }
      if (found !== current) {
        if (current) { current.classList.remove("playing"); }
        if (found) { found.classList.add("playing"); }
        current = found;
      }
    });
  }
}());
