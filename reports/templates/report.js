/* Report behaviour, no libraries: seek the recording, sort tables, filter rows, print. */
(function () {
  "use strict";
  var audio = document.getElementById("player");

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

  function cellValue(row, index, numeric) {
    var cell = row.cells[index];
    if (!cell) { return numeric ? -Infinity : ""; }
    var raw = cell.hasAttribute("data-value") ? cell.getAttribute("data-value") : cell.textContent;
    if (!numeric) { return raw.trim().toLowerCase(); }
    var n = parseFloat(raw);
    return isNaN(n) ? -Infinity : n;
  }

  function sortBy(th) {
    var table = th.closest("table");
    var body = table.tBodies[0];
    if (!body) { return; }
    var index = Array.prototype.indexOf.call(th.parentNode.cells, th);
    var numeric = th.getAttribute("data-sort") === "num";
    var descending = th.getAttribute("aria-sort") === "ascending";
    Array.prototype.forEach.call(th.parentNode.cells, function (other) {
      other.removeAttribute("aria-sort");
    });
    th.setAttribute("aria-sort", descending ? "descending" : "ascending");
    var rows = Array.prototype.slice.call(body.rows);
    var keyed = rows.map(function (row, i) { return [cellValue(row, index, numeric), i, row]; });
    keyed.sort(function (a, b) {
      if (a[0] < b[0]) { return descending ? 1 : -1; }
      if (a[0] > b[0]) { return descending ? -1 : 1; }
      return a[1] - b[1];
    });
    var frag = document.createDocumentFragment();
    keyed.forEach(function (k) { frag.appendChild(k[2]); });
    body.appendChild(frag);
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof Element)) { return; }
    var th = target.closest("th[data-sort]");
    if (th) { sortBy(th); return; }
    if (target.closest("[data-print]")) { window.print(); return; }
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

  Array.prototype.forEach.call(document.querySelectorAll("input[data-filter]"), function (input) {
    var table = document.getElementById(input.getAttribute("data-filter"));
    input.addEventListener("input", function () {
      var needle = input.value.trim().toLowerCase();
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
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
