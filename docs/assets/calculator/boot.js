/*
 * The calculator's early start (a classic script inside the calculator's markup, so it runs
 * while the page is still being parsed, before Material's bundle and the rest of the page).
 *
 * When Python starts (DESIGN.md: once the page is idle, on first interaction when the browser
 * asks to save data) has one exception: a permalink whose values no build-time block holds (a
 * changed field, an answer, another edition) shows pre-computed numbers of another scenario until
 * Python answers, so it starts Python at once. Pyodide's boot takes seconds of CPU, and every
 * millisecond the worker starts earlier is one the reader waits less; here it starts about as
 * early as a page with nothing else on it would start it. Save-data still waits for interaction.
 *
 * This script only creates the module worker and sends it the wheel's URL; the page glue
 * (ui.js, mounted later through Material's document$) takes the worker over with
 * window.rvfCalculatorBoot.take() and replays what it said meanwhile. wantsPythonNow() is the
 * one rule for "at once", used here and by ui.js (after instant navigation, when this script
 * runs again but the document is already parsed, ui.js starts the worker itself).
 *
 * It reads only what comes before it in the markup: the URL, #rvf-calc-data and #rvf-status.
 */
(function () {
  "use strict";

  if (window.rvfCalculatorBoot) return; // instant navigation runs content scripts again

  var SELF = document.currentScript && document.currentScript.src;
  var handoff = null; // {worker, events, stop} until ui.js takes it

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
    if (!SELF || !holder) return;
    var data;
    try {
      data = JSON.parse(holder.dataset.json);
    } catch (e) {
      return; // ui.js reports nothing either; it fails on the same data
    }
    var pairs = Array.from(new URLSearchParams(window.location.search).entries());
    if (!wantsPythonNow(data, pairs)) return;
    var worker;
    try {
      worker = new Worker(new URL("worker.mjs", SELF), { type: "module" });
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
    worker.postMessage({
      type: "init",
      wheelUrl: new URL("wheel/calc-" + data.version + "-py3-none-any.whl", SELF).href,
    });
    handoff = {
      worker: worker,
      events: events,
      stop: function () {
        worker.removeEventListener("message", onMessage);
        worker.removeEventListener("error", onError);
        worker.removeEventListener("messageerror", onMessageError);
      },
    };
    var status = document.getElementById("rvf-status");
    if (status) {
      status.dataset.state = "downloading";
      var text = status.querySelector(".rvf-status-text");
      if (text) text.textContent = "Downloading the Python runtime…";
    }
  }

  window.rvfCalculatorBoot = {
    wantsPythonNow: wantsPythonNow,
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
