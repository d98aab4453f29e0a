/*
 * Loaded on every page (a classic script). Two jobs:
 *
 * Figures: every rendered number carries its source and date in one attribute,
 * aria-description, which assistive technology reads and CSS shows as a tip on hover and focus
 * (rvf.css). This script only adds: Escape hides an open tip (WCAG 1.4.13) until the pointer or
 * focus leaves the number. Listeners sit on the document, so numbers swapped in later (the
 * calculator) work too.
 *
 * The calculator: its page glue (assets/calculator/ui.js, a module, which starts Pyodide) is
 * imported only when the page holds #rvf-calculator, so no other page downloads it. (The
 * calculator's own markup loads it too; the same URL is one module, run once.) ui.js mounts
 * through Material's document$, which replays the current page to a late subscriber, so the
 * import works whether it resolves before or after the page was announced.
 */
(function () {
  "use strict";

  var SELECTOR = ".rvf-fig[aria-description], .rvf-out[aria-description]";
  var OPEN = ".rvf-fig[aria-description]:hover, .rvf-out[aria-description]:hover, " +
    ".rvf-fig[aria-description]:focus, .rvf-out[aria-description]:focus";
  var DISMISSED = "rvf-tip-dismissed";
  // This file is assets/javascripts/figures.js; the glue is assets/calculator/ui.js. Taken from
  // this script's own URL, so it holds at any page depth and under any site path.
  var SELF = document.currentScript && document.currentScript.src;
  var CALCULATOR_GLUE = SELF ? new URL("../calculator/ui.js", SELF).href : null;
  var bound = false;
  var glue = null; // the import's promise, once started

  function figureOf(node) {
    return node && node.closest ? node.closest(SELECTOR) : null;
  }

  function onLeave(event) {
    var el = figureOf(event.target);
    if (el && !el.contains(event.relatedTarget)) el.classList.remove(DISMISSED);
  }

  function onKey(event) {
    if (event.key !== "Escape") return;
    var open = document.querySelectorAll(OPEN);
    for (var i = 0; i < open.length; i++) open[i].classList.add(DISMISSED);
  }

  function bind() {
    // Once per browser page, even if instant navigation evaluates this file again.
    if (bound || window.rvfFiguresBound) return;
    bound = window.rvfFiguresBound = true;
    document.addEventListener("mouseout", onLeave);
    document.addEventListener("focusout", onLeave);
    document.addEventListener("keydown", onKey);
  }

  function loadCalculator() {
    if (glue || !CALCULATOR_GLUE || !document.getElementById("rvf-calculator")) return;
    glue = import(CALCULATOR_GLUE).catch(function (error) {
      glue = null; // try again on the next visit to the page
      console.warn("calculator glue failed to load:", error);
    });
  }

  // Material 9.8's search dialog has role="dialog" but no accessible name (axe: aria-dialog-name).
  // Name it here rather than copying Material's template into an override.
  function nameSearchDialog() {
    var dialog = document.querySelector(".md-search[role=dialog]");
    if (dialog && !dialog.hasAttribute("aria-label")) dialog.setAttribute("aria-label", "Search");
  }

  function onPage() {
    bind();
    loadCalculator();
    nameSearchDialog();
  }

  // This script runs at the end of <body>: start the calculator's download now, not at
  // DOMContentLoaded, so a first visit to the calculator page loses no time to the lazy import.
  loadCalculator();

  // Material's document$ emits on every page load, instant navigation included.
  if (typeof window.document$ !== "undefined" && window.document$.subscribe) {
    window.document$.subscribe(onPage);
  } else {
    onPage();
  }
})();
