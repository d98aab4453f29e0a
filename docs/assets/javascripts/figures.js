/*
 * Figures: every rendered number carries its source in data-tip, shown by CSS on hover and
 * focus (rvf.css). This script only polishes that:
 *  - a number that also has a title attribute would get the browser's own tooltip on top of
 *    the CSS one; the title moves to aria-description on first hover or focus, so assistive
 *    technology still reads it;
 *  - Escape hides an open tip (WCAG 1.4.13) until the pointer or focus leaves the number.
 * Listeners sit on the document, so numbers swapped in later (the calculator) work too.
 */
(function () {
  "use strict";

  var SELECTOR = ".rvf-fig[data-tip], .rvf-out[data-tip]";
  var DISMISSED = "rvf-tip-dismissed";
  var bound = false;

  function figureOf(node) {
    return node && node.closest ? node.closest(SELECTOR) : null;
  }

  function quietTitle(el) {
    var title = el.getAttribute("title");
    if (title === null) return;
    if (!el.hasAttribute("aria-description")) el.setAttribute("aria-description", title);
    el.removeAttribute("title");
  }

  function onEnter(event) {
    var el = figureOf(event.target);
    if (el) quietTitle(el);
  }

  function onLeave(event) {
    var el = figureOf(event.target);
    if (el && !el.contains(event.relatedTarget)) el.classList.remove(DISMISSED);
  }

  function onKey(event) {
    if (event.key !== "Escape") return;
    var open = document.querySelectorAll(
      ".rvf-fig[data-tip]:hover, .rvf-out[data-tip]:hover, .rvf-fig[data-tip]:focus, .rvf-out[data-tip]:focus"
    );
    for (var i = 0; i < open.length; i++) open[i].classList.add(DISMISSED);
  }

  function bind() {
    // Once per browser page, even if instant navigation evaluates this file again.
    if (bound || window.rvfFiguresBound) return;
    bound = window.rvfFiguresBound = true;
    document.addEventListener("mouseover", onEnter);
    document.addEventListener("focusin", onEnter);
    document.addEventListener("mouseout", onLeave);
    document.addEventListener("focusout", onLeave);
    document.addEventListener("keydown", onKey);
  }

  // Material 9.8's search dialog has role="dialog" but no accessible name (axe: aria-dialog-name).
  // Name it here rather than copying Material's template into an override.
  function nameSearchDialog() {
    var dialog = document.querySelector(".md-search[role=dialog]");
    if (dialog && !dialog.hasAttribute("aria-label")) dialog.setAttribute("aria-label", "Search");
  }

  function onPage() {
    bind();
    nameSearchDialog();
  }

  // Material's document$ emits on every page load, instant navigation included.
  if (typeof window.document$ !== "undefined" && window.document$.subscribe) {
    window.document$.subscribe(onPage);
  } else {
    onPage();
  }
})();
