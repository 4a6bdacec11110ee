/* Sortable cheat sheet: the vendored tablesort (assets/vendor, MIT) on every table marked
 * data-np2t-sortable. Material's instant loading swaps pages without reloading scripts, so the
 * tables are set up on each page it shows (document$), or once when instant loading is off. */
(function () {
  function setUp() {
    document.querySelectorAll("table[data-np2t-sortable]").forEach(function (table) {
      if (table.dataset.np2tSorted !== undefined) return;
      table.dataset.np2tSorted = "";
      table.addEventListener("afterSort", function () {
        table.classList.add("np2t-cheat--sorted");
      });
      new Tablesort(table);
    });
  }
  if (window.document$ && window.document$.subscribe) {
    window.document$.subscribe(setUp);
  } else {
    document.addEventListener("DOMContentLoaded", setUp);
  }
})();
