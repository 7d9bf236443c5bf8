/* The editor's Checks panel, for AI claims. Wagtail lists one row per issue
   that axe finds in the preview, with the rule's fixed text; for each blocking
   AI-claim finding (an element #careers-finding-N in the preview) the row then
   gets that finding's own text. Warnings, which do not block publishing, are
   listed below the issues without being counted. */
(function () {
  "use strict";

  var FINDING = /^#careers-finding-\d+$/;
  var script = document.currentScript;
  var HEADING = (script && script.getAttribute("data-warnings-heading")) || "";
  var SHOW = (script && script.getAttribute("data-show-label")) || "";

  function previewDocument() {
    var frame = document.getElementById("w-preview-iframe");
    try {
      return frame && frame.contentDocument;
    } catch (error) {
      return null; // not our origin: leave Wagtail's text alone
    }
  }

  function describeRows(panel, doc) {
    panel.querySelectorAll("[data-content-checker-row]").forEach(function (row) {
      var selector = row.querySelector("[data-content-checker-selector-text]");
      var text = selector && selector.textContent.trim();
      if (!text || !FINDING.test(text)) return;
      var finding = doc.querySelector(text);
      if (!finding) return;
      row.querySelector("[data-content-checker-help]").textContent = finding.title;
      if (SHOW) selector.textContent = SHOW.replace("{n}", text.split("-").pop());
      row.setAttribute("data-careers-finding", finding.getAttribute("data-careers-finding"));
      // "Cite evidence" beside the row (careers/admin/citations.js opens it)
      var cite = finding.querySelector("[data-careers-cite]");
      if (cite && !row.querySelector("[data-careers-cite]")) row.append(cite.cloneNode(true));
    });
  }

  function listWarnings(panel, doc) {
    var box = document.getElementById("careers-checks-warnings");
    if (!box) {
      box = document.createElement("section");
      box.id = "careers-checks-warnings";
      box.className = "careers-checks-warnings";
      panel.after(box);
    }
    var warnings = doc.querySelectorAll('[data-careers-finding="warn"]');
    box.hidden = warnings.length === 0;
    box.replaceChildren();
    if (!warnings.length) return;
    var heading = document.createElement("h3");
    heading.textContent = HEADING;
    var list = document.createElement("ul");
    warnings.forEach(function (warning) {
      var item = document.createElement("li");
      item.textContent = warning.title;
      list.append(item);
    });
    box.append(heading, list);
  }

  function update(panel) {
    var doc = previewDocument();
    if (!doc) return;
    describeRows(panel, doc);
    listWarnings(panel, doc);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var panel = document.querySelector("[data-checks-panel]");
    if (!panel) return;
    new MutationObserver(function () {
      update(panel);
    }).observe(panel, { childList: true });
  });
})();
