// Progressive enhancement only: every page works without this file.
// The timeline's type filter: show or hide events of a type without reloading.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var filter = document.querySelector(".type-filter");
  if (!filter) { return; }
  filter.hidden = false;
  filter.addEventListener("change", function () {
    var shown = {};
    filter.querySelectorAll("input[type=checkbox]").forEach(function (box) { shown[box.value] = box.checked; });
    document.querySelectorAll(".timeline .event").forEach(function (card) {
      card.classList.toggle("filtered-out", shown[card.dataset.type] === false);
    });
  });
});
