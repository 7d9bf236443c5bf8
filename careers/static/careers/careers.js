/* Progressive enhancement only: every page works without it.
   - A link to a claim's receipt (#receipt-…) opens it and moves focus there.
   - The listing's "Filters (n)" link opens the filters as its target (no
     script needed); this tells assistive technology whether they are open. */
(function () {
  "use strict";

  function openReceipt(id) {
    var receipt = id && document.getElementById(id);
    if (!receipt || receipt.tagName !== "DETAILS") return false;
    receipt.open = true;
    var summary = receipt.querySelector("summary");
    if (summary) summary.focus();
    return true;
  }

  function syncFilters() {
    var toggle = document.querySelector(".filters-toggle");
    if (!toggle) return;
    toggle.setAttribute("aria-expanded", String(location.hash === "#filters"));
  }

  window.addEventListener("hashchange", function () {
    syncFilters();
    openReceipt(decodeURIComponent(location.hash.slice(1)));
  });

  syncFilters();
  if (location.hash) openReceipt(decodeURIComponent(location.hash.slice(1)));
})();
