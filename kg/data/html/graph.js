/* kg graph page: the network drawn by vis-network from pyvis's nodes and edges, and around it
   a legend that filters by type, a document filter, search in any script, focus on a node and
   its neighbours, a hover tooltip and a detail panel (labels, figures, evidence).
   Everything it needs is in this page; it fetches nothing. */
(function () {
  "use strict";

  function json(id) { return JSON.parse(document.getElementById(id).textContent); }

  var D = json("kg-data");
  var visNodes = json("kg-vis-nodes");
  var visEdges = json("kg-vis-edges");
  var options = json("kg-vis-options");
  var SCRIPTS = D.meta.scripts;
  var SCRIPT_BUTTONS = { "zh-Hans": "简", "zh-Hant": "繁", "en": "EN" };
  var TEXT = {
    "zh-Hans": {
      all: "全部文档", showAll: "显示全部", focus: "聚焦此节点及其邻居", labels: "名称", figures: "数据",
      evidence: "出处", roles: "职务", facts: "事实", types: "类型", docs: "文档", kinds: "图例（点击筛选）",
      allOn: "全选", allOff: "全不选", none: "无结果", at: "于", growth: "增长", vs: "对比", more: "另有",
      period: "时期", edges: "连线", mentions: "提及", figureEdge: "数据", relation: "关系", close: "关闭",
      noteFocus: "聚焦于{name}及其{n}个邻居（共{total}个节点，显示{shown}个）。",
      noteOverview: "本图共有{total}个节点：只显示连接最多的{shown}个，隐藏了{hidden}个。搜索能找到任何节点；聚焦某个节点、选择文档或关闭某些类型可查看其余节点，或",
      noteShowAll: "显示全部{n}个", noteSlow: "（绘制较慢）。", noteShown: "共{total}个节点，显示{shown}个。",
      noteTypes: "已隐藏类型：{list}", noteDoc: "文档：{name}", sep: "；", listSep: "、"
    },
    "zh-Hant": {
      all: "全部文件", showAll: "顯示全部", focus: "聚焦此節點及其鄰居", labels: "名稱", figures: "數據",
      evidence: "出處", roles: "職務", facts: "事實", types: "類型", docs: "文件", kinds: "圖例（點擊篩選）",
      allOn: "全選", allOff: "全不選", none: "無結果", at: "於", growth: "增長", vs: "對比", more: "另有",
      period: "時期", edges: "連線", mentions: "提及", figureEdge: "數據", relation: "關係", close: "關閉",
      noteFocus: "聚焦於{name}及其{n}個鄰居（共{total}個節點，顯示{shown}個）。",
      noteOverview: "本圖共有{total}個節點：只顯示連接最多的{shown}個，隱藏了{hidden}個。搜尋能找到任何節點；聚焦某個節點、選擇文件或關閉某些類型可查看其餘節點，或",
      noteShowAll: "顯示全部{n}個", noteSlow: "（繪製較慢）。", noteShown: "共{total}個節點，顯示{shown}個。",
      noteTypes: "已隱藏類型：{list}", noteDoc: "文件：{name}", sep: "；", listSep: "、"
    },
    "en": {
      all: "All documents", showAll: "Show all", focus: "Focus on this node and its neighbours", labels: "Labels",
      figures: "Figures", evidence: "Evidence", roles: "Positions", facts: "Facts", types: "Types", docs: "Documents",
      kinds: "Legend (click to filter)", allOn: "all", allOff: "none", none: "No match", at: "at", growth: "growth",
      vs: "vs", more: "more", period: "period", edges: "Edges", mentions: "mentions", figureEdge: "figures",
      relation: "relation", close: "Close",
      noteFocus: "Focused on {name} and its {n} neighbours ({shown} of {total} nodes).",
      noteOverview: "This graph has {total} nodes: showing the {shown} most connected; {hidden} are hidden. Search finds any node; focus on a node, pick a document or switch types off to see the rest, or",
      noteShowAll: "show all {n}", noteSlow: " (slower to draw).", noteShown: "Showing {shown} of {total} nodes.",
      noteTypes: "types hidden: {list}", noteDoc: "document: {name}", sep: "; ", listSep: ", "
    }
  };

  var state = {
    script: D.meta.script,
    hidden: new Set(),       // kinds switched off in the legend
    doc: "",                 // a document id, or "" for all
    focus: null,             // a node id: show it and its neighbours only
    all: D.meta.total <= D.meta.threshold,  // false: the overview (best-connected nodes) is on
    visible: new Set(),
    passing: 0
  };

  // neighbours (both directions), for focus
  var adj = new Map();
  Object.keys(D.nodes).forEach(function (id) { adj.set(id, new Set()); });
  visEdges.forEach(function (e) {
    if (adj.has(e.from) && adj.has(e.to)) { adj.get(e.from).add(e.to); adj.get(e.to).add(e.from); }
  });

  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  function t(key, values) {
    return TEXT[state.script][key].replace(/\{(\w+)\}/g, function (_m, k) { return values[k]; });
  }
  function si() { return SCRIPTS.indexOf(state.script); }
  function term(key) { var v = D.terms[key]; return v ? v[si()] : key; }
  function kindName(kind) { return term("kind:" + kind); }
  function label(id) { var n = D.nodes[id]; return n ? n.l[si()] : id; }
  function nodeLink(id) {
    if (!D.nodes[id]) { return esc(id); }
    return '<a class="kg-node" data-node="' + esc(id) + '">' + esc(label(id)) + "</a>";
  }

  // ---- which nodes are shown ----
  function passes(id) {
    var n = D.nodes[id];
    if (state.hidden.has(n.k)) { return false; }
    if (state.doc && n.d.indexOf(state.doc) < 0) { return false; }
    return true;
  }
  function computeVisible() {
    var vis = new Set();
    var passing = 0;
    if (state.focus) {
      vis.add(state.focus);
      adj.get(state.focus).forEach(function (m) { if (passes(m)) { vis.add(m); } });
      passing = vis.size;
    } else {
      var limit = (state.all || state.doc) ? Infinity : D.meta.overview;
      for (var i = 0; i < D.order.length; i++) {
        var id = D.order[i];
        if (!passes(id)) { continue; }
        passing += 1;
        if (vis.size < limit) { vis.add(id); }
      }
    }
    state.visible = vis;
    state.passing = passing;
  }

  computeVisible();
  var nodesDS = new vis.DataSet(visNodes);
  var edgesDS = new vis.DataSet(visEdges);
  var nodesView = new vis.DataView(nodesDS, { filter: function (n) { return state.visible.has(n.id); } });
  var edgesView = new vis.DataView(edgesDS, {
    filter: function (e) { return state.visible.has(e.from) && state.visible.has(e.to); }
  });
  var container = document.getElementById("mynetwork");
  var network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, options);
  window.kgFirstDraw = null;
  network.once("afterDrawing", function () {
    window.kgFirstDraw = performance.now();
    document.documentElement.setAttribute("data-kg-drawn", String(Math.round(window.kgFirstDraw)));
  });

  function refresh(fit) {
    computeVisible();
    nodesView.refresh();
    edgesView.refresh();
    renderNote();
    if (fit !== false) { network.fit({ animation: false }); }
  }

  // ---- note: what is shown, what is hidden and how to show it ----
  var note = document.getElementById("kg-note");
  function renderNote() {
    var total = D.meta.total;
    var shown = state.visible.size;
    var parts = [];
    if (state.focus) {
      parts.push(esc(t("noteFocus", { name: label(state.focus), n: shown - 1, shown: shown, total: total })) +
        ' <button type="button" data-act="unfocus">' + esc(t("showAll")) + "</button>");
    } else {
      if (state.passing > shown) {
        parts.push(esc(t("noteOverview", { total: total, shown: shown, hidden: state.passing - shown })) +
          ' <button type="button" data-act="all">' + esc(t("noteShowAll", { n: state.passing })) + "</button>" +
          esc(t("noteSlow")));
      } else if (shown < total) {
        parts.push(esc(t("noteShown", { shown: shown, total: total })));
      }
      var filters = [];
      if (state.hidden.size) {
        filters.push(esc(t("noteTypes", { list: Array.from(state.hidden).map(kindName).join(t("listSep")) })));
      }
      if (state.doc) { filters.push(esc(t("noteDoc", { name: label(state.doc) }))); }
      if (filters.length) {
        parts.push(filters.join(esc(t("sep"))) + ' <button type="button" data-act="reset">' + esc(t("showAll")) + "</button>");
      }
    }
    note.innerHTML = parts.join(" ");
  }
  note.addEventListener("click", function (ev) {
    var act = ev.target.getAttribute && ev.target.getAttribute("data-act");
    if (act === "unfocus") { state.focus = null; refresh(); }
    else if (act === "all") { state.all = true; refresh(); }
    else if (act === "reset") { resetFilters(); }
  });

  // ---- legend = type filter ----
  var legend = document.getElementById("kg-legend");
  function swatch(kind) {
    var c = kind.color, s = kind.shape, body;
    if (s === "dot") { body = '<circle cx="8" cy="8" r="6"/>'; }
    else if (s === "square") { body = '<rect x="2.5" y="2.5" width="11" height="11"/>'; }
    else if (s === "diamond") { body = '<polygon points="8,1.5 14.5,8 8,14.5 1.5,8"/>'; }
    else if (s === "triangle") { body = '<polygon points="8,2 14.5,14 1.5,14"/>'; }
    else if (s === "triangleDown") { body = '<polygon points="1.5,2 14.5,2 8,14"/>'; }
    else if (s === "hexagon") { body = '<polygon points="4.5,2 11.5,2 15,8 11.5,14 4.5,14 1,8"/>'; }
    else if (s === "star") { body = '<polygon points="8,1 9.9,6 15,6.2 11,9.4 12.4,14.5 8,11.6 3.6,14.5 5,9.4 1,6.2 6.1,6"/>'; }
    else { body = '<rect x="1" y="4" width="14" height="8" rx="2"/>'; }
    return '<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><g fill="' + c +
      '" stroke="#333" stroke-width="0.8">' + body + "</g></svg>";
  }
  function renderLegend() {
    var html = "<h2>" + esc(t("kinds")) + "</h2>";
    D.kinds.forEach(function (k) {
      html += '<label><input type="checkbox" data-kind="' + esc(k.key) + '"' + (state.hidden.has(k.key) ? "" : " checked") +
        ">" + swatch(k) + "<span>" + esc(kindName(k.key)) + '</span><span class="kg-count">' + k.n + "</span></label>";
    });
    html += '<div class="kg-links"><button type="button" data-all="1">' + esc(t("allOn")) +
      '</button><button type="button" data-all="0">' + esc(t("allOff")) + "</button></div>";
    html += '<div class="kg-edges"><b>' + esc(t("edges")) + "</b>" +
      '<div><svg width="28" height="8"><line x1="0" y1="4" x2="28" y2="4" stroke="#8a8a8a" stroke-width="1.5"/></svg>' + esc(t("relation")) + "</div>" +
      '<div><svg width="28" height="8"><line x1="0" y1="4" x2="28" y2="4" stroke="#cccccc"/></svg>' + esc(t("mentions")) + "</div>" +
      '<div><svg width="28" height="8"><line x1="0" y1="4" x2="28" y2="4" stroke="#b5b5b5" stroke-dasharray="4 3"/></svg>' + esc(t("figureEdge")) + "</div></div>";
    legend.innerHTML = html;
  }
  legend.addEventListener("change", function (ev) {
    var kind = ev.target.getAttribute("data-kind");
    if (kind) { setKind(kind, ev.target.checked); }
  });
  legend.addEventListener("click", function (ev) {
    var all = ev.target.getAttribute && ev.target.getAttribute("data-all");
    if (all === null || all === undefined) { return; }
    state.hidden = all === "1" ? new Set() : new Set(D.kinds.map(function (k) { return k.key; }));
    renderLegend();
    refresh();
  });
  function setKind(kind, shown) {
    if (shown) { state.hidden.delete(kind); } else { state.hidden.add(kind); }
    renderLegend();
    refresh();
  }

  // ---- document filter ----
  var docSelect = document.getElementById("kg-doc");
  function renderDocs() {
    var html = '<option value="">' + esc(t("all")) + " (" + D.docs.length + ")</option>";
    D.docs.forEach(function (id) {
      var m = D.nodes[id].m || {};
      html += '<option value="' + esc(id) + '"' + (state.doc === id ? " selected" : "") + ">" +
        esc(label(id)) + (m.identifier ? " — " + esc(m.identifier) : "") + "</option>";
    });
    docSelect.innerHTML = html;
  }
  docSelect.addEventListener("change", function () { setDoc(docSelect.value); });
  function setDoc(id) { state.doc = id || ""; state.focus = null; renderDocs(); refresh(); }

  function resetFilters() {
    state.hidden = new Set(); state.doc = ""; state.focus = null;
    renderLegend(); renderDocs(); refresh();
  }
  document.getElementById("kg-showall").addEventListener("click", function () {
    state.all = true; resetFilters();
  });

  // ---- label script ----
  var scriptBar = document.getElementById("kg-scripts");
  function renderScripts() {
    scriptBar.innerHTML = SCRIPTS.map(function (s) {
      return '<button type="button" data-script="' + s + '" aria-pressed="' + (s === state.script) + '" title="' + s + '">' +
        SCRIPT_BUTTONS[s] + "</button>";
    }).join("");
  }
  scriptBar.addEventListener("click", function (ev) {
    var s = ev.target.getAttribute("data-script");
    if (s) { setScript(s); }
  });
  function setScript(script) {
    if (SCRIPTS.indexOf(script) < 0) { return; }
    state.script = script;
    var i = si();
    nodesDS.update(visNodes.map(function (n) {
      var l = D.nodes[n.id].l[i];
      if (D.nodes[n.id].k === "SourceDocument" && l.length > D.meta.docLabel) { l = l.slice(0, D.meta.docLabel - 1) + "…"; }
      return { id: n.id, label: l };
    }));
    edgesDS.update(visEdges.map(function (e) { return { id: e.id, label: term(D.edges[e.id].r) }; }));
    document.documentElement.lang = script;
    document.getElementById("kg-showall").textContent = t("showAll");
    renderScripts(); renderLegend(); renderDocs(); renderNote();
    if (panelId) { showPanel(panelId); }
  }

  // ---- search (any script: labels are indexed folded, in Simplified and Traditional forms) ----
  var input = document.getElementById("kg-search");
  var results = document.getElementById("kg-results");
  var FOLD = /[\p{P}\p{S}\p{Z}\p{C}]/gu;
  function fold(s) { return s.normalize("NFKC").toLowerCase().replace(FOLD, ""); }
  function search(query, max) {
    var q = fold(query || "");
    if (!q) { return []; }
    var hits = [];
    Object.keys(D.nodes).forEach(function (id) {
      var key = D.nodes[id].s;
      var at = key.indexOf(q);
      if (at < 0) { return; }
      var exact = key.split("\n").indexOf(q) >= 0;
      var prefix = at === 0 || key.charAt(at - 1) === "\n";
      hits.push({ id: id, rank: exact ? 0 : (prefix ? 1 : 2) });
    });
    hits.sort(function (a, b) {
      return a.rank - b.rank || D.nodes[b.id].g - D.nodes[a.id].g || (a.id < b.id ? -1 : 1);
    });
    return hits.slice(0, max || 15).map(function (h) { return h.id; });
  }
  var current = [];
  var cursor = 0;
  function renderResults() {
    if (!input.value.trim()) { results.hidden = true; return; }
    if (!current.length) {
      results.innerHTML = '<li class="kg-empty">' + esc(t("none")) + "</li>";
    } else {
      results.innerHTML = current.map(function (id, i) {
        return '<li role="option" data-node="' + esc(id) + '" aria-selected="' + (i === cursor) + '">' +
          "<span>" + esc(label(id)) + '</span><span class="kg-kind">' + esc(kindName(D.nodes[id].k)) + "</span></li>";
      }).join("");
    }
    results.hidden = false;
  }
  input.addEventListener("input", function () { current = search(input.value); cursor = 0; renderResults(); });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown") { cursor = Math.min(cursor + 1, current.length - 1); renderResults(); ev.preventDefault(); }
    else if (ev.key === "ArrowUp") { cursor = Math.max(cursor - 1, 0); renderResults(); ev.preventDefault(); }
    else if (ev.key === "Enter") {
      current = search(input.value);
      if (current.length) { focus(current[Math.min(cursor, current.length - 1)]); }
      results.hidden = true;
    } else if (ev.key === "Escape") { results.hidden = true; }
  });
  results.addEventListener("mousedown", function (ev) {
    var li = ev.target.closest("li[data-node]");
    if (li) { ev.preventDefault(); focus(li.getAttribute("data-node")); results.hidden = true; }
  });
  input.addEventListener("blur", function () { setTimeout(function () { results.hidden = true; }, 150); });

  // ---- focus on a node and its neighbours ----
  function focus(id) {
    if (!D.nodes[id]) { return; }
    state.focus = id;
    refresh(false);
    network.selectNodes([id]);
    network.fit({ nodes: Array.from(state.visible), animation: false });
    showPanel(id);
  }

  // ---- evidence, figures ----
  function quote(ev, short) {
    // ev: [doc, start, end, prefix, exact, suffix]
    var pre = ev[3], post = ev[5];
    if (short) {
      if (pre.length > 50) { pre = "…" + pre.slice(-50); }
      if (post.length > 50) { post = post.slice(0, 50) + "…"; }
    }
    var doc = D.nodes[ev[0]];
    var where = doc ? ((doc.m && doc.m.identifier) || label(ev[0])) : ev[0];
    var span = ev[1] >= 0 ? " · " + ev[1] + "–" + ev[2] : "";
    return '<blockquote class="kg-quote">' + esc(pre) + "<mark>" + esc(ev[4]) + "</mark>" + esc(post) + "</blockquote>" +
      '<div class="kg-cite">' + esc(where) + esc(span) + "</div>";
  }
  function evidenceList(list, max) {
    var html = list.slice(0, max).map(function (ev) { return quote(ev, false); }).join("");
    if (list.length > max) { html += '<div class="kg-more">… ' + esc(t("more")) + " " + (list.length - max) + "</div>"; }
    return html;
  }
  function figureHtml(fid, withEvidence) {
    var f = D.figures[fid];
    if (!f) { return ""; }
    var head = (f.q ? esc(term(f.q)) + " " : "") + "<b>" + esc(f.v) + "</b>";
    var meta = [];
    if (f.i) { meta.push(nodeLink(f.i)); }
    if (f.p) { meta.push(esc(f.p)); }
    if (f.gr) { meta.push(esc(t("growth")) + (f.c ? " " + esc(t("vs")) + " " + esc(f.c) : "")); }
    if (f.a && f.a.length) { meta.push(f.a.map(nodeLink).join(", ")); }
    return '<div class="kg-fig">' + head + ' <span class="kg-meta">' + meta.join(" · ") + "</span>" +
      (withEvidence && f.e.length ? quote(f.e[0], false) : "") + "</div>";
  }

  // ---- detail panel ----
  var panel = document.getElementById("kg-panel");
  var panelId = null;
  function labelRows(n) {
    return n.L.map(function (l) {
      return "<tr><td" + (l[2] === "alt" ? ' class="kg-alt"' : "") + ">" + esc(l[0]) +
        '<span class="kg-lang">' + esc(l[1] || "–") + (l[2] === "alt" ? " · alt" : "") + "</span></td></tr>";
    }).join("");
  }
  function showPanel(id) {
    var n = D.nodes[id];
    if (!n) { return; }
    panelId = id;
    var html = '<button type="button" class="kg-close" data-act="close" title="' + esc(t("close")) + '">×</button>';
    html += "<h3>" + esc(label(id)) + "</h3>";
    html += '<div class="kg-type">' + esc(kindName(n.k)) + " · " + esc(n.t) + "</div>";
    html += '<div class="kg-actions"><button type="button" class="kg-btn" data-act="focus">' + esc(t("focus")) + "</button>" +
      (state.focus ? '<button type="button" class="kg-btn" data-act="unfocus">' + esc(t("showAll")) + "</button>" : "") + "</div>";
    if (n.m) {
      html += "<table>" + Object.keys(n.m).map(function (k) {
        return "<tr><th>" + esc(k) + "</th><td>" + esc(n.m[k]) + "</td></tr>";
      }).join("") + "</table>";
    }
    html += "<h2>" + esc(t("labels")) + "</h2><table>" + labelRows(n) + "</table>";
    if (n.r && n.r.length) {
      html += "<h2>" + esc(t("roles")) + "</h2>" + n.r.map(function (r) {
        return "<div>" + esc(r[0]) + " " + esc(t("at")) + " " + nodeLink(r[1]) + "</div>" + evidenceList(r[2], 1);
      }).join("");
    }
    if (n.x && n.x.length) {
      html += "<h2>" + esc(t("facts")) + "</h2>" + n.x.map(function (x) {
        return "<div>" + esc(term(x[0])) + ": <b>" + esc(x[1]) + "</b></div>" + evidenceList(x[2], 1);
      }).join("");
    }
    if (n.f.length) {
      html += "<h2>" + esc(t("figures")) + " (" + n.f.length + ")</h2>" +
        n.f.slice(0, 60).map(function (fid) { return figureHtml(fid, true); }).join("");
      if (n.f.length > 60) { html += '<div class="kg-more">… ' + esc(t("more")) + " " + (n.f.length - 60) + "</div>"; }
    }
    if (n.e.length) {
      html += "<h2>" + esc(t("evidence")) + " (" + n.e.length + ")</h2>" + evidenceList(n.e, 40);
    }
    if (n.d.length && n.k !== "SourceDocument") {
      html += "<h2>" + esc(t("docs")) + "</h2>" + n.d.map(function (d) { return "<div>" + nodeLink(d) + "</div>"; }).join("");
    }
    html += '<div class="kg-cite">' + esc(n.i) + "</div>";
    panel.innerHTML = html;
    panel.hidden = false;
    panel.scrollTop = 0;
  }
  panel.addEventListener("click", function (ev) {
    var link = ev.target.closest("[data-node]");
    if (link) { focus(link.getAttribute("data-node")); return; }
    var act = ev.target.getAttribute("data-act");
    if (act === "close") { panel.hidden = true; panelId = null; network.unselectAll(); }
    else if (act === "focus" && panelId) { focus(panelId); }
    else if (act === "unfocus") { state.focus = null; refresh(); if (panelId) { showPanel(panelId); } }
  });
  network.on("selectNode", function (p) { if (p.nodes.length) { showPanel(p.nodes[0]); } });
  network.on("doubleClick", function (p) { if (p.nodes.length) { focus(p.nodes[0]); } });

  // ---- hover tooltip ----
  var tip = document.getElementById("kg-tooltip");
  function placeTip(pointer) {
    var rect = container.getBoundingClientRect();
    var x = rect.left + pointer.x + 14, y = rect.top + pointer.y + 14;
    tip.hidden = false;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    if (x + w > window.innerWidth - 4) { x = Math.max(4, rect.left + pointer.x - w - 14); }
    if (y + h > window.innerHeight - 4) { y = Math.max(4, rect.top + pointer.y - h - 14); }
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }
  function nodeTip(id) {
    var n = D.nodes[id];
    var html = '<div class="kg-type">' + esc(kindName(n.k)) + "</div>";
    html += '<div class="kg-title">' + esc(label(id)) + "</div>";
    var others = n.L.filter(function (l) { return l[0] !== label(id); }).map(function (l) {
      return esc(l[0]) + '<span class="kg-lang">' + esc(l[1] || "–") + "</span>";
    });
    if (others.length) { html += "<div>" + others.join(" · ") + "</div>"; }
    if (n.f.length) {
      html += n.f.slice(0, 2).map(function (fid) { return figureHtml(fid, false); }).join("");
      if (n.f.length > 2) { html += '<div class="kg-more">' + n.f.length + " " + esc(t("figures")) + "</div>"; }
    }
    if (n.e.length) {
      html += quote(n.e[0], true);
      if (n.e.length > 1) { html += '<div class="kg-more">… ' + esc(t("more")) + " " + (n.e.length - 1) + "</div>"; }
    }
    return html;
  }
  function edgeTip(id) {
    var e = D.edges[id], ve = edgesDS.get(id);
    var html = '<div class="kg-type">' + esc(term(e.r)) + (e.n > 1 ? " ×" + e.n : "") + "</div>";
    html += '<div class="kg-title">' + esc(label(ve.from)) + " → " + esc(label(ve.to)) + "</div>";
    if (e.ro) { html += "<div>" + e.ro.map(esc).join(", ") + "</div>"; }
    if (e.f) { html += e.f.slice(0, 3).map(function (fid) { return figureHtml(fid, false); }).join(""); }
    if (e.e.length) { html += quote(e.e[0], true); }
    return html;
  }
  network.on("hoverNode", function (p) { tip.innerHTML = nodeTip(p.node); placeTip(p.pointer.DOM); });
  network.on("blurNode", function () { tip.hidden = true; });
  network.on("hoverEdge", function (p) { tip.innerHTML = edgeTip(p.edge); placeTip(p.pointer.DOM); });
  network.on("blurEdge", function () { tip.hidden = true; });
  network.on("dragStart", function () { tip.hidden = true; });
  network.on("zoom", function () { tip.hidden = true; });

  renderScripts();
  renderLegend();
  renderDocs();
  renderNote();
  document.getElementById("kg-showall").textContent = t("showAll");

  // for tests and the curious: window.kg.search("黑神話"), kg.focus(id), kg.setKind("Film", false)…
  window.kg = {
    data: D, network: network, state: state, search: search, focus: focus, setKind: setKind, setDoc: setDoc,
    setScript: setScript, showAll: function () { state.all = true; resetFilters(); }, reset: resetFilters,
    visibleIds: function () { return Array.from(state.visible); },
    drawnIds: function () { return network.body.nodeIndices.slice(); },
    domPosition: function (id) { return network.canvasToDOM(network.getPositions([id])[id]); }
  };
})();
