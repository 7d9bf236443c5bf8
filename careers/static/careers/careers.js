/* Progressive enhancement only: every page works without it.
   Following a claim's "evidence" link opens its receipt and moves focus to it. */
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

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.claim-ref");
    if (!link) return;
    var id = decodeURIComponent(link.hash.slice(1));
    if (openReceipt(id)) {
      event.preventDefault();
      history.replaceState(null, "", "#" + id);
    }
  });

  if (location.hash) openReceipt(decodeURIComponent(location.hash.slice(1)));
})();
