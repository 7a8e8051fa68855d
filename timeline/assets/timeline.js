/* Filters and text search for the timeline page.
 *
 * Reads the items (lane, kind, sources) from the JSON island #tl-data and the searchable text from the table
 * rows' textContent (so the search matches what a reader sees), keeps an untouched copy of every
 * Plotly trace, and on each change redraws the traces with only the points whose items pass the filters
 * (Plotly.react), hides the matching table rows, and says how many remain.  Data only ever reaches the page
 * through textContent, form values and Plotly's own text rendering: no innerHTML.
 */
(function () {
  "use strict";
  var PER_POINT = [
    ["x"], ["y"], ["base"], ["width"], ["customdata"], ["hovertext"], ["text"],
    ["marker", "color"], ["marker", "size"], ["marker", "symbol"], ["marker", "opacity"],
    ["marker", "line", "color"], ["marker", "line", "width"]
  ];

  function isArrayLike(value) {
    return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
  }

  function pick(values, keep) {
    var out = new Array(keep.length);
    for (var i = 0; i < keep.length; i++) { out[i] = values[keep[i]]; }
    return out;
  }

  /* A copy of `trace` holding only the points at indices `keep` (nested objects copied on the way). */
  function subset(trace, keep) {
    var copy = Object.assign({}, trace);
    PER_POINT.forEach(function (path) {
      var source = trace, target = copy, i;
      for (i = 0; i < path.length - 1; i++) {
        if (!source[path[i]] || typeof source[path[i]] !== "object") { return; }
        source = source[path[i]];
        target[path[i]] = Object.assign({}, source);
        target = target[path[i]];
      }
      var leaf = path[path.length - 1];
      if (isArrayLike(source[leaf])) { target[leaf] = pick(source[leaf], keep); }
    });
    return copy;
  }

  /* Indices of the points to keep in one trace, given which items are visible. */
  function keptPoints(trace, visible) {
    var keep = [], i;
    var role = trace.meta && trace.meta.role;
    if (role === "links") {
      var links = trace.meta.links || [];
      for (i = 0; i < links.length; i++) {
        if (visible[links[i][0]] && visible[links[i][1]]) { keep.push(3 * i, 3 * i + 1, 3 * i + 2); }
      }
      return keep;
    }
    var custom = trace.customdata || [];
    for (i = 0; i < custom.length; i++) {
      if (visible[custom[i][0]]) { keep.push(i); }
    }
    return keep;
  }

  /* The lane rows left when some lanes are hidden: the shown lanes close up, each keeping its height. */
  function laneRows(meta, shown) {
    var rows = { names: [], oldTops: [], tops: [], centers: [], total: 0 };
    meta.lanes.forEach(function (lane, i) {
      if (!shown[lane]) { return; }
      rows.names.push(lane);
      rows.oldTops.push(meta.tops[i]);
      rows.tops.push(rows.total);
      rows.centers.push(rows.total + meta.sizes[i] / 2);
      rows.total += meta.sizes[i];
    });
    rows.move = function (y) {
      if (y === null || y === undefined) { return y; }
      for (var i = meta.lanes.length - 1; i >= 0; i--) {
        if (y >= meta.tops[i]) {
          var j = rows.names.indexOf(meta.lanes[i]);
          return j < 0 ? y : rows.tops[j] + (y - meta.tops[i]);
        }
      }
      return y;
    };
    return rows;
  }

  function matches(item, state) {
    if (!state.kinds[item.kind]) { return false; }
    if (!state.lanes[item.lane]) { return false; }
    if (state.source && item.sources.indexOf(state.source) < 0) { return false; }
    if (state.query && (item.text || "").indexOf(state.query) < 0) { return false; }
    return true;
  }

  function checkedValues(selector) {
    var out = {};
    document.querySelectorAll(selector).forEach(function (box) { out[box.value] = box.checked; });
    return out;
  }

  function init() {
    var dataNode = document.getElementById("tl-data");
    var gd = document.getElementById("timeline-plot");
    var status = document.getElementById("tl-status");
    var count = document.getElementById("tl-count");
    var search = document.getElementById("tl-search");
    var sourceSelect = document.getElementById("tl-source");
    var reset = document.getElementById("tl-reset");
    if (!dataNode || !gd) { return; }
    var payload = JSON.parse(dataNode.textContent);
    var items = payload.items;
    var plotReady = typeof window.Plotly !== "undefined" && Array.isArray(gd.data);
    if (!plotReady && status) {
      status.textContent = "The interactive chart could not be loaded (plotly.js is missing); " +
        "the table below lists every item.";
      status.hidden = false;
    }
    var original = plotReady ? gd.data.slice() : [];
    /* lane rows, top to bottom: layout.meta = {lanes, tops, sizes}; a point's y lies inside its lane's row */
    var laneMeta = plotReady && gd.layout.meta && gd.layout.meta.lanes ? gd.layout.meta : null;
    var rows = {};
    document.querySelectorAll("tr[data-item]").forEach(function (row) {
      var id = row.getAttribute("data-item");
      rows[id] = row;
      /* the search reads what the table shows: label, quote, date words, lane, actors, sources, sentence */
      if (items[Number(id)]) { items[Number(id)].text = row.textContent.toLowerCase(); }
    });

    function state() {
      return {
        kinds: checkedValues("input[name=tl-kind]"),
        lanes: checkedValues("input[name=tl-lane]"),
        source: sourceSelect ? sourceSelect.value : "",
        query: search ? search.value.trim().toLowerCase() : ""
      };
    }

    function apply() {
      var s = state();
      var visible = items.map(function (item) { return matches(item, s); });
      var shown = 0;
      visible.forEach(function (isVisible, index) {
        if (isVisible) { shown++; }
        var row = rows[String(index)];
        if (row) { row.hidden = !isVisible; }
      });
      if (count) { count.textContent = "Showing " + shown + " of " + items.length + " items"; }
      if (!plotReady) { return Promise.resolve(); }
      var rowsLeft = laneMeta ? laneRows(laneMeta, s.lanes) : null;
      var data = original.map(function (trace, index) {
        var copy = subset(trace, keptPoints(trace, visible));
        if (rowsLeft && Array.isArray(copy.y)) { copy.y = copy.y.map(rowsLeft.move); }
        /* keep what the reader chose in the legend (Plotly stores it on the current trace objects) */
        if (gd.data[index] && gd.data[index].visible !== undefined) { copy.visible = gd.data[index].visible; }
        return copy;
      });
      var layout = Object.assign({}, gd.layout);
      if (rowsLeft) {
        layout.yaxis = Object.assign({}, gd.layout.yaxis, {
          tickvals: rowsLeft.centers,
          ticktext: rowsLeft.names,
          range: [Math.max(rowsLeft.total, 1), 0],
          minor: Object.assign({}, gd.layout.yaxis.minor, { tickvals: rowsLeft.tops.slice(1) })
        });
      }
      return window.Plotly.react(gd, data, layout).then(function () {
        document.body.setAttribute("data-timeline-shown", String(shown));
      });
    }

    var timer = null;
    document.querySelectorAll("input[name=tl-kind], input[name=tl-lane]").forEach(function (box) {
      box.addEventListener("change", apply);
    });
    if (sourceSelect) { sourceSelect.addEventListener("change", apply); }
    if (search) {
      search.addEventListener("input", function () {
        if (timer) { clearTimeout(timer); }
        timer = setTimeout(apply, 120);
      });
    }
    if (reset) {
      reset.addEventListener("click", function () {
        document.querySelectorAll("input[name=tl-kind], input[name=tl-lane]").forEach(function (box) {
          box.checked = true;
        });
        if (sourceSelect) { sourceSelect.value = ""; }
        if (search) { search.value = ""; }
        apply();
      });
    }
    if (plotReady) {
      gd.on("plotly_click", function (event) {
        var point = event && event.points && event.points[0];
        if (!point || !point.customdata || !(point.data.meta && point.data.meta.role === "items")) { return; }
        var row = rows[String(point.customdata[0])];
        if (!row) { return; }
        document.querySelectorAll("tr.tl-current").forEach(function (r) { r.classList.remove("tl-current"); });
        row.classList.add("tl-current");
        row.scrollIntoView({ block: "center" });
        row.focus({ preventScroll: true });
      });
    }
    window.timelinePage = { apply: apply };
    document.body.setAttribute("data-timeline-ready", "1");
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
