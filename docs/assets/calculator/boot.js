/*
 * The calculator's early start (a classic script inside the calculator's markup, so it runs
 * while the page is still being parsed, before Material's bundle and the rest of the page).
 *
 * When Python starts (ARCHITECTURE.md: once the page is idle, on first interaction when the browser
 * asks to save data) has one exception: a permalink whose values no build-time block holds (a
 * changed field, an answer, another edition) shows pre-computed numbers of another scenario until
 * Python answers, so it starts Python at once. Pyodide's boot takes seconds of CPU, and every
 * millisecond the worker starts earlier is one the reader waits less; here it starts about as
 * early as a page with nothing else on it would start it. Save-data still waits for interaction.
 *
 * This script only creates the module worker, naming the wheel in the worker's URL; the page glue
 * (ui.js, mounted later through Material's document$) takes the worker over with
 * window.rvfCalculatorBoot.take() and replays what it said meanwhile. wantsPythonNow() is the
 * one rule for "at once", used here and by ui.js (after instant navigation, when this script
 * runs again but the document is already parsed, ui.js starts the worker itself).
 *
 * Two copies run it. The build (hooks/early_boot.py) puts one in <head>, async, with the
 * calculator's data in its data-calc attribute: on a full load it starts the worker before the
 * stylesheets and the body are in. The other sits in the calculator's markup (after
 * #rvf-calc-data and #rvf-status, which it reads when there is no data-calc): it runs after
 * instant navigation, and on a full load it finds the first copy's work done. Whichever runs
 * first does the work; the other returns at once.
 */
(function () {
  "use strict";

  if (window.rvfCalculatorBoot) {
    // The other copy ran first (or instant navigation runs this one again): say so in the status.
    window.rvfCalculatorBoot.showStarted();
    return;
  }

  var SCRIPT = document.currentScript;
  var SELF = SCRIPT && SCRIPT.src;
  var handoff = null; // {worker, events, stop} until ui.js takes it
  var searchHold = null; // {release} while the search index request waits (holdSearchIndex)
  var SEARCH_HOLD_MS = 30000;

  /**
   * Whether a build-time block holds the numbers these URL pairs ask for: the page's edition, no
   * preset or a known one, every field at that preset's (or the defaults') value, no answer.
   * Other names (Material's search adds `h`) change no number; Python warns about them later.
   */
  function holdsPrerendered(data, pairs) {
    var known = new Set(["edition", "preset"].concat(data.fields, data.answers));
    var given = new Map();
    for (var i = 0; i < pairs.length; i++) {
      var key = pairs[i][0];
      if (!known.has(key)) continue;
      if (given.has(key)) return false; // a repeated name is an error only Python reports
      given.set(key, pairs[i][1]);
    }
    if (given.has("edition") && given.get("edition") !== data.edition) return false;
    var preset = given.get("preset") || "";
    if (preset && !Object.prototype.hasOwnProperty.call(data.presets, preset)) return false;
    var base = Object.assign({}, data.defaults, preset ? data.presets[preset] : {});
    for (var j = 0; j < data.fields.length; j++) {
      var name = data.fields[j];
      if (given.has(name) && given.get(name) !== base[name]) return false;
    }
    return data.answers.every(function (a) {
      return !given.get(a);
    });
  }

  /** Start Python at once? Only for a link that needs it, and never when saving data. */
  function wantsPythonNow(data, pairs) {
    var saveData = Boolean(navigator.connection && navigator.connection.saveData);
    return pairs.length > 0 && !saveData && !holdsPrerendered(data, pairs);
  }

  function startEarly() {
    var holder = document.getElementById("rvf-calc-data");
    var json = SCRIPT && SCRIPT.dataset.calc ? SCRIPT.dataset.calc : holder && holder.dataset.json;
    if (!SELF || !json) return;
    var data;
    try {
      data = JSON.parse(json);
    } catch (e) {
      return; // ui.js reports nothing either; it fails on the same data
    }
    var pairs = Array.from(new URLSearchParams(window.location.search).entries());
    if (!wantsPythonNow(data, pairs)) return;
    var worker;
    var workerUrl = new URL("worker.mjs", SELF);
    // The worker boots at once from the wheel its URL names (worker.mjs says why).
    workerUrl.searchParams.set("wheel", data.wheel);
    try {
      worker = new Worker(workerUrl, { type: "module" });
    } catch (e) {
      return; // ui.js tries again, and reports the failure
    }
    var events = [];
    var onMessage = function (event) {
      events.push({ type: "message", data: event.data });
    };
    var onError = function (event) {
      event.preventDefault();
      events.push({ type: "error", message: event.message || "" });
    };
    var onMessageError = function () {
      events.push({ type: "messageerror" });
    };
    worker.addEventListener("message", onMessage);
    worker.addEventListener("error", onError);
    worker.addEventListener("messageerror", onMessageError);
    handoff = {
      worker: worker,
      events: events,
      stop: function () {
        worker.removeEventListener("message", onMessage);
        worker.removeEventListener("error", onError);
        worker.removeEventListener("messageerror", onMessageError);
      },
    };
    showStarted();
    holdSearchIndex();
  }

  /**
   * Material's search loads its index as soon as its script runs and builds it in a worker of its
   * own: about 150 ms of CPU on a 2-core machine, right while Pyodide compiles (measured with
   * `make bench`: the live result came some 110 ms later with it than without it). When this
   * script starts Python early, the index request (an XMLHttpRequest) waits until ui.js has
   * shown the first live result or given up (releaseSearch), or until the reader goes to the
   * search box, or for SEARCH_HOLD_MS at most. Only the request for search/search_index.json is
   * held, and only on this page load; XMLHttpRequest is itself again once released.
   */
  function holdSearchIndex() {
    if (searchHold || typeof XMLHttpRequest !== "function") return;
    var proto = XMLHttpRequest.prototype;
    var nativeOpen = proto.open;
    var nativeSend = proto.send;
    var waiting = [];
    var held = new WeakSet();
    var onIntent = function (event) {
      var target = event.target;
      if (target && target.closest && target.closest('form[name="search"], label[for="__search"]')) release();
    };
    var timer = setTimeout(release, SEARCH_HOLD_MS);
    function release() {
      if (!searchHold) return;
      searchHold = null;
      clearTimeout(timer);
      document.removeEventListener("focusin", onIntent, true);
      document.removeEventListener("pointerdown", onIntent, true);
      if (proto.open === holdingOpen) proto.open = nativeOpen;
      if (proto.send === holdingSend) proto.send = nativeSend;
      for (var i = 0; i < waiting.length; i++) waiting[i]();
      waiting = [];
    }
    function holdingOpen(method, url) {
      var path = "";
      try {
        path = new URL(String(url), document.baseURI).pathname;
      } catch (e) {
        path = "";
      }
      if (/\/search\/search_index\.json$/.test(path)) held.add(this);
      else held.delete(this);
      return nativeOpen.apply(this, arguments);
    }
    function holdingSend() {
      if (!held.has(this)) return nativeSend.apply(this, arguments);
      var xhr = this;
      var args = arguments;
      waiting.push(function () {
        nativeSend.apply(xhr, args);
      });
    }
    proto.open = holdingOpen;
    proto.send = holdingSend;
    document.addEventListener("focusin", onIntent, true);
    document.addEventListener("pointerdown", onIntent, true);
    searchHold = { release: release };
  }

  /** While the early worker waits for ui.js, the status says Python is on its way (if it is in yet). */
  function showStarted() {
    var status = document.getElementById("rvf-status");
    if (!handoff || !status || status.dataset.state !== "static") return;
    status.dataset.state = "downloading";
    var text = status.querySelector(".rvf-status-text");
    if (text) text.textContent = "Downloading the Python runtime…";
  }

  window.rvfCalculatorBoot = {
    wantsPythonNow: wantsPythonNow,
    showStarted: showStarted,
    /** Let Material's search load its index now (ui.js: the first live result is on show). */
    releaseSearch: function () {
      if (searchHold) searchHold.release();
    },
    /** The early worker and what it has said so far ({worker, events}), once; else null. */
    take: function () {
      var h = handoff;
      handoff = null;
      if (!h) return null;
      h.stop();
      return { worker: h.worker, events: h.events };
    },
  };

  if (document.readyState === "loading") startEarly();
})();
