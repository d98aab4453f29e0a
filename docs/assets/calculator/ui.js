// The calculator page: form, permalinks, exports and chart on top of the live worker.
//
// Imported by figures.js on the page that holds #rvf-calculator (Material's instant navigation
// swaps pages without reloading). It starts Pyodide there only: at once when the link asks for
// numbers no build-time block holds (boot.js, the calculator's early start, may have started it
// already while the page was parsed), otherwise once the page is idle; on first interaction,
// either way, when the browser asks to save data.
//
// Everything shown in the page from the worker is HTML rendered and escaped by calc's Python
// renderers; anything from the URL or the form is only ever set as text (textContent, value).

import { LiveCalc, whenIdle } from "./calculator.js";

const STAGE_STEP = { idle: 0, downloading: 1, starting: 2, installing: 3, ready: 4 };
// Line colours by approach key; the approaches themselves and their labels come from calc.
const COLOURS = { rag: "#00897b", finetune: "#e65100", hybrid: "#5e35b1", long_context: "#6d4c41" };
let live = null; // one worker for the whole visit, reused across instant navigations
// A second worker for the uncertainty analysis (thousands of estimates), started after the first
// live result: on its own thread, so a point estimate never waits behind a Monte Carlo run.
let sampler = null;
const UNCERTAINTY_DELAY_MS = 100; // after the point estimate: a burst of typing sends one run, not one per key
let chartModule = null;
/** Material's search index waits while boot.js's early start boots Python; let it load now. */
function releaseSearch() {
  const boot = window.rvfCalculatorBoot;
  if (boot && typeof boot.releaseSearch === "function") boot.releaseSearch();
}

function siteRoot() {
  // The calculator page sits one level below the site root.
  return new URL("../", window.location.href).href;
}

class CalculatorPage {
  constructor(root) {
    this.root = root;
    this.data = JSON.parse(root.querySelector("#rvf-calc-data").dataset.json);
    this.form = root.querySelector("#rvf-form");
    this.preset = root.querySelector("#rvf-preset");
    this.status = root.querySelector("#rvf-status");
    this.statusText = root.querySelector(".rvf-status-text");
    this.progress = root.querySelector(".rvf-progress");
    this.errors = root.querySelector("#rvf-errors");
    this.notices = root.querySelector("#rvf-notices");
    this.results = root.querySelector("#rvf-results");
    this.resultsBody = root.querySelector("#rvf-results-body");
    this.decision = root.querySelector("#rvf-decision");
    this.uncBody = root.querySelector("#rvf-uncertainty-body");
    this.uncStatus = root.querySelector("#rvf-uncertainty-status");
    this.uncProgress = root.querySelector("#rvf-uncertainty-progress");
    this.uncSeq = 0;
    this.uncTimer = null;
    this.actionStatus = root.querySelector("#rvf-action-status");
    this.last = null;
    this.pendingFirst = null; // the URL's pairs, sent as they are on the first computation
    this.seq = 0;
    this.timer = null;
    this.chart = null;
    this.chartHeld = false; // true while an early live start keeps the chart library waiting
  }

  init() {
    const params = new URLSearchParams(window.location.search);
    const pairs = [...params.entries()];
    // A permalink keeps its edition; the page's defaults are the latest edition's.
    this.edition = params.get("edition") || this.data.edition;
    // A link that needs Python starts it at once (boot.js's rule; on a full page load boot.js
    // has started the worker already), and the chart library waits for the first live result
    // (or for the boot to fail, or for the reader to pick a preset): loading and drawing it
    // meanwhile would compete with the CPU-bound boot, only to chart numbers of another
    // scenario. Other pages start when idle.
    const boot = window.rvfCalculatorBoot;
    const startNow = Boolean(boot && boot.wantsPythonNow(this.data, pairs));
    this.chartHeld = startNow;
    if (pairs.length) {
      this.applyPairs(pairs);
      this.pendingFirst = pairs;
      this.showPrerendered();
    }
    if (startNow) this.startLive().then(() => this.schedulePresets());
    this.form.addEventListener("input", (e) => this.onEdit(e, false));
    this.form.addEventListener("change", (e) => this.onEdit(e, true));
    this.form.addEventListener("submit", (e) => {
      e.preventDefault();
      this.recompute();
    });
    this.root.querySelector("#rvf-reset").addEventListener("click", () => this.reset());
    this.root.querySelector("#rvf-copy-link").addEventListener("click", () => this.copy(window.location.href, "Link copied"));
    this.root.querySelector("#rvf-copy-md").addEventListener("click", () =>
      this.copy(this.last && this.last.exports.markdown, "Markdown table copied"),
    );
    this.root.querySelector("#rvf-dl-csv").addEventListener("click", () => this.download("csv", "text/csv"));
    this.root.querySelector("#rvf-dl-json").addEventListener("click", () => this.download("json", "application/json"));
    this.schemeObserver = new MutationObserver(() => this.drawChart());
    this.schemeObserver.observe(document.body, { attributes: true, attributeFilter: ["data-md-color-scheme"] });
    if (!startNow) {
      this.drawChart();
      this.cancelIdle = whenIdle(() => {
        this.showPresetBlocks();
        this.startLive();
      });
    }
  }

  releaseChart() {
    if (!this.chartHeld) return;
    this.chartHeld = false;
    this.drawChart();
  }

  destroy() {
    releaseSearch(); // leaving the page before the first live result: the search need not wait
    if (this.cancelIdle) this.cancelIdle();
    if (this.cancelPresets) this.cancelPresets();
    if (this.schemeObserver) this.schemeObserver.disconnect();
    if (this.chart) this.chart.destroy();
    clearTimeout(this.timer);
    clearTimeout(this.uncTimer);
    if (this.cancelUncIdle) this.cancelUncIdle();
  }

  // --- the form -------------------------------------------------------------------------------

  base() {
    const preset = this.preset.value;
    return { ...this.data.defaults, ...(preset ? this.data.presets[preset] || {} : {}) };
  }

  /** The form control of a declared field or decision answer, never one found by its element id. */
  control(name) {
    if (!this.names) this.names = new Set([...this.data.fields, ...this.data.answers]);
    if (!this.names.has(name)) return null;
    const el = this.form.elements.namedItem(name);
    return el && el.tagName && el.name === name ? el : null;
  }

  setValues(values) {
    for (const name of this.data.fields) {
      const el = this.control(name);
      if (el) el.value = values[name];
    }
  }

  applyPairs(pairs) {
    const preset = pairs.find(([k]) => k === "preset");
    if (preset && preset[1] in this.data.presets) this.preset.value = preset[1];
    this.setValues(this.base());
    const seen = new Set();
    for (const [key, value] of pairs) {
      if (seen.has(key)) continue; // a repeated name keeps its first value; Python reports the repeat
      seen.add(key);
      const el = this.control(key);
      if (!el || key === "preset") continue;
      if (el.tagName === "SELECT" && ![...el.options].some((o) => o.value === value)) {
        el.dataset.invalidValue = value; // shown by the error message; the select keeps its default
        continue;
      }
      el.value = value;
      const fold = el.closest("details.rvf-fold");
      if (fold) fold.open = true; // a permalink that sets a folded field opens its group
    }
    this.countChanged();
  }

  collectPairs() {
    const pairs = [["edition", this.edition]];
    const preset = this.preset.value;
    if (preset) pairs.push(["preset", preset]);
    // Only the latest edition's defaults are in the page: for an older edition send every field
    // (Python's permalink then keeps just the ones that differ from that edition's defaults).
    const latest = this.edition === this.data.edition;
    const base = this.base();
    for (const name of this.data.fields) {
      const el = this.control(name);
      if (el && (!latest || el.value !== base[name])) pairs.push([name, el.value]);
    }
    for (const name of this.data.answers) {
      const el = this.control(name);
      if (el && el.value !== "") pairs.push([name, el.value]);
    }
    return pairs;
  }

  onEdit(event, immediate) {
    if (event.target === this.preset) {
      if (event.type !== "change") return;
      this.chartHeld = false; // the preset's pre-computed numbers are the ones asked for
      this.setValues(this.base());
      this.showPrerendered();
    }
    this.countChanged();
    this.pendingFirst = null;
    clearTimeout(this.timer);
    if (immediate) this.recompute();
    else this.timer = setTimeout(() => this.recompute(), 250);
  }

  reset() {
    this.chartHeld = false;
    this.edition = this.data.edition;
    this.preset.value = "";
    this.setValues(this.data.defaults);
    for (const name of this.data.answers) {
      const el = this.control(name);
      if (el) el.value = "";
    }
    this.pendingFirst = null;
    this.clearErrors();
    this.notices.textContent = "";
    this.countChanged();
    window.history.replaceState(null, "", window.location.pathname + window.location.hash);
    this.showPrerendered();
    if (live && live.state === "ready") this.recompute();
  }

  // --- the pre-computed preset blocks --------------------------------------------------------

  /** Once the live start has settled, show the preset blocks when the page is next idle. */
  schedulePresets() {
    if (this.root.isConnected) this.cancelPresets = whenIdle(() => this.showPresetBlocks());
  }

  /**
   * Move the preset blocks out of their <noscript> (render_calculator says why they are there)
   * into #rvf-preset-list and show the section. Parsed as inert markup (a <template>): it is the
   * page's own build output. Returns the list. Idempotent.
   */
  showPresetBlocks() {
    const list = this.root.querySelector("#rvf-preset-list");
    const store = this.root.querySelector("#rvf-preset-store");
    if (store) {
      // With scripts on, the parser kept the blocks as text, which innerHTML gives back as it is;
      // after instant navigation they are elements, which innerHTML serialises: markup either way.
      const template = document.createElement("template");
      template.innerHTML = store.innerHTML;
      list.replaceChildren(template.content);
      store.remove();
    }
    this.root.querySelector("#rvf-preset-results").removeAttribute("data-pending");
    return list;
  }

  /** Show the build-time numbers of the selected preset (or the defaults) while Python loads. */
  showPrerendered() {
    const preset = this.preset.value;
    if (!this.defaultHtml) this.defaultHtml = this.resultsBody.innerHTML;
    const shown = this.results.dataset;
    if (shown.source === "prerendered" && shown.preset === preset) return; // already on show
    if (this.uncBody && !this.defaultUncHtml) this.defaultUncHtml = this.uncBody.innerHTML;
    let html = null;
    let unc = null;
    if (preset) {
      const block = this.showPresetBlocks().querySelector(`.rvf-preset-result[data-preset="${CSS.escape(preset)}"]`);
      const box = block && block.querySelector(".rvf-preset-body");
      const bands = block && block.querySelector(".rvf-preset-uncertainty");
      if (box) html = box.innerHTML;
      if (bands) unc = bands.innerHTML;
    } else {
      html = this.defaultHtml;
      unc = this.defaultUncHtml;
    }
    if (html !== null && (!live || live.state !== "ready")) {
      this.resultsBody.innerHTML = html;
      if (this.uncBody && unc !== null) this.uncBody.innerHTML = unc; // calc's build-time HTML
      this.updateSummaryBar();
      this.results.dataset.source = "prerendered";
      this.results.dataset.preset = preset;
      this.drawChart();
    }
  }

  // --- the live worker ------------------------------------------------------------------------

  startLive() {
    let adopt = null;
    if (!live) {
      live = new LiveCalc({
        wheel: this.data.wheel,
        stageTimeout: this.root.dataset.stallSeconds,
      });
      const boot = window.rvfCalculatorBoot;
      adopt = boot ? boot.take() : null; // the worker boot.js started, if it did
    }
    const onStage = (e) => this.showStage(e.detail);
    live.addEventListener("stage", onStage);
    const started = live.start(adopt ? { adopt } : {});
    this.showStage({ stage: live.state, label: LiveCalc.label(live.state), reason: live.reason });
    return started.then(async (state) => {
      // The first computation fills the exports and the permalink, for the defaults too.
      if (state.state === "ready" && this.root.isConnected) await this.recompute();
      releaseSearch(); // the first result is on show, or there will be none
    });
  }

  showStage({ stage, label, reason }) {
    this.status.dataset.state = stage;
    if (stage === "unavailable") {
      this.releaseChart(); // the pre-computed numbers stay, with their chart
      this.progress.hidden = true;
      this.statusText.textContent =
        `The live calculator is unavailable: ${reason || "unknown reason"}. ` +
        "The numbers shown are the pre-computed ones for the defaults and the presets, and do not follow " +
        "your edits. Reload the page to try again; if it keeps failing, check that nothing (an ad blocker, " +
        "a proxy, a lost connection) blocks this site's files, or run the same scenario with " +
        "python -m calc estimate (the permalink's fields, as field=value).";
      return;
    }
    if (stage === "idle") return;
    this.progress.hidden = stage === "ready";
    this.progress.value = STAGE_STEP[stage] || 0;
    this.statusText.textContent =
      stage === "ready" ? "Live calculator ready: results update as you type." : `${label}…`;
  }

  async recompute() {
    if (!live) {
      this.startLive();
      return; // the computation runs once Python is ready
    }
    if (live.state !== "ready") return;
    const fromLink = Boolean(this.pendingFirst);
    const pairs = this.pendingFirst || this.collectPairs();
    const seq = ++this.seq;
    let response;
    try {
      response = await live.call({ type: "estimate", params: pairs, base_url: siteRoot() });
    } catch (err) {
      this.statusText.textContent = `The calculation failed: ${err.message}`;
      return;
    }
    if (seq !== this.seq || !this.root.isConnected) return; // a newer computation is on its way
    if (!response.fragments) {
      const err = response.error || {};
      this.statusText.textContent = `The calculation failed: ${err.name || "Error"}: ${err.message || ""}`;
      return;
    }
    this.pendingFirst = null;
    this.show(response);
    if (fromLink) this.syncForm(response);
    this.scheduleUncertainty(pairs, seq);
  }

  // --- the uncertainty analysis ------------------------------------------------------------------

  /** After a point estimate: the ranges of the same scenario, from the second worker. */
  scheduleUncertainty(pairs, seq) {
    if (!this.uncBody) return;
    clearTimeout(this.uncTimer);
    this.uncBody.classList.add("rvf-stale");
    this.uncBody.setAttribute("aria-busy", "true");
    this.uncStatus.textContent = "The ranges below are for the previous values; new ones follow.";
    const run = () => this.runUncertainty(pairs, seq);
    // The second worker boots only once the page is idle after the first live result (or on the first
    // interaction when the browser asks to save data): its start never competes with the first one.
    this.uncTimer = setTimeout(() => {
      if (sampler) run();
      else this.cancelUncIdle = whenIdle(run);
    }, UNCERTAINTY_DELAY_MS);
  }

  async runUncertainty(pairs, seq) {
    if (!sampler) sampler = new LiveCalc({ wheel: this.data.wheel, stageTimeout: this.root.dataset.stallSeconds });
    const useq = ++this.uncSeq;
    this.uncProgress.hidden = false;
    this.uncStatus.textContent = "Computing the ranges: 2,000 draws over the inputs' ranges…";
    const t0 = performance.now();
    let response;
    try {
      await sampler.start();
      response = await sampler.call({ type: "uncertainty", params: pairs, base_url: siteRoot() });
    } catch (err) {
      response = { error: { name: err.name, message: err.message } };
    }
    if (useq !== this.uncSeq || seq !== this.seq || !this.root.isConnected) return; // superseded
    this.uncProgress.hidden = true;
    this.uncBody.removeAttribute("aria-busy");
    if (!response.fragment) {
      const err = response.error || {};
      this.uncStatus.textContent =
        `The ranges could not be computed (${err.name || "Error"}: ${err.message || "no reason given"}); ` +
        "the point estimate above is unaffected.";
      return;
    }
    this.uncBody.innerHTML = response.fragment; // rendered and escaped by calc
    this.uncBody.classList.remove("rvf-stale");
    this.uncBody.dataset.source = "live";
    if (this.last && response.exports) this.last.exports = response.exports; // exports carry the ranges
    this.uncStatus.textContent = `Ranges recomputed for these values in ${Math.round(performance.now() - t0)} ms.`;
  }

  /** After opening a permalink, show the scenario's values (its edition's defaults included). */
  syncForm(response) {
    const bad = new Set((response.errors || []).map((e) => e.field));
    for (const name of this.data.fields) {
      const el = this.control(name);
      if (el && !bad.has(name) && name in response.form) el.value = response.form[name];
    }
    this.countChanged();
  }

  /** Each folded group's summary: how many of its values differ from the defaults (or the preset's). */
  countChanged() {
    const base = this.base();
    for (const fold of this.form.querySelectorAll("details.rvf-fold")) {
      let n = 0;
      for (const el of fold.querySelectorAll("input[name], select[name]")) {
        if (el.name in base && el.value.trim() !== String(base[el.name])) n += 1;
      }
      const badge = fold.querySelector(".rvf-changed");
      if (badge) badge.textContent = n ? `${n} changed` : "";
    }
  }

  show(response) {
    this.last = response;
    this.edition = response.estimate.edition;
    this.resultsBody.innerHTML = response.fragments.results; // rendered and escaped by calc
    this.decision.innerHTML = response.fragments.decision;
    this.results.dataset.source = "live";
    this.results.dataset.preset = this.preset.value;
    this.showErrors(response.errors || []);
    this.notices.textContent = "";
    if (response.warnings && response.warnings.length) {
      const list = document.createElement("ul");
      for (const w of response.warnings) {
        const li = document.createElement("li");
        li.textContent = w;
        list.append(li);
      }
      const p = document.createElement("p");
      p.textContent = "Notice:";
      this.notices.append(p, list);
    }
    const query = response.query ? `?${response.query}` : "";
    window.history.replaceState(null, "", window.location.pathname + query + window.location.hash);
    this.enableActions();
    this.chartHeld = false;
    this.drawChart();
    this.updateSummaryBar();
  }

  /** The phone's summary bar, from the results and the decision on show (texts rendered by calc). */
  updateSummaryBar() {
    const bar = this.root.querySelector("#rvf-summary-bar");
    if (!bar) return;
    const text = (root, name) => {
      const el = root.querySelector(`[data-output="${name}"]`);
      return el ? el.textContent : "";
    };
    const totals = this.data.approaches
      .map((a) => `${a.label} ${text(this.resultsBody, `${a.key}.tco`)}`)
      .join(" · ");
    const rec = text(this.decision, "decision.recommendation");
    const answer = rec ? `Recommended: ${rec}` : `Cheapest: ${text(this.resultsBody, "cheapest")}`;
    bar.querySelector(".rvf-summary-totals").textContent = totals;
    bar.querySelector(".rvf-summary-answer").textContent = answer;
  }

  clearErrors() {
    this.errors.textContent = "";
    for (const el of this.form.querySelectorAll("[aria-invalid]")) el.removeAttribute("aria-invalid");
    for (const p of this.form.querySelectorAll(".rvf-field-error")) {
      p.textContent = "";
      p.hidden = true;
    }
  }

  showErrors(errors) {
    this.clearErrors();
    if (!errors.length) return;
    const title = document.createElement("p");
    title.textContent =
      errors.length === 1 ? "One value was not accepted; its default is used:" : `${errors.length} values were not accepted; their defaults are used:`;
    const list = document.createElement("ul");
    for (const err of errors) {
      const li = document.createElement("li");
      const el = this.control(err.field);
      const text = `${err.field}: ${err.message}`;
      if (el) {
        const a = document.createElement("a");
        a.href = `#${el.id}`;
        a.textContent = text;
        li.append(a);
        el.setAttribute("aria-invalid", "true");
        const p = this.root.querySelector(`#rvf-e-${CSS.escape(err.field)}`);
        if (p) {
          p.textContent = err.message;
          p.hidden = false;
        }
      } else {
        li.textContent = text;
      }
      list.append(li);
    }
    this.errors.append(title, list);
  }

  /** The share and export buttons (disabled in the page until a live result exists). */
  enableActions() {
    for (const id of ["rvf-copy-link", "rvf-copy-md", "rvf-dl-csv", "rvf-dl-json"]) {
      this.root.querySelector(`#${id}`).disabled = false;
    }
  }

  // --- exports --------------------------------------------------------------------------------

  async copy(text, done) {
    if (!text) return;
    try {
      await navigator.clipboard.writeText(text);
      this.actionStatus.textContent = done;
    } catch {
      // Clipboard refused (permissions, insecure origin): show the text to copy by hand.
      const area = document.createElement("textarea");
      area.readOnly = true;
      area.value = text;
      area.className = "rvf-copy-fallback";
      area.setAttribute("aria-label", "Text to copy");
      this.actionStatus.textContent = "Copy this text:";
      this.actionStatus.append(area);
      area.focus();
      area.select();
    }
  }

  download(kind, type) {
    if (!this.last) return;
    const blob = new Blob([this.last.exports[kind]], { type });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = `rag-vs-fine-tuning-estimate-${this.data.edition}.${kind}`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.actionStatus.textContent = `Downloaded ${a.download}`;
  }

  // --- the chart ------------------------------------------------------------------------------

  /** The chart's data, computed by calc and carried by the results fragment (data-chart). */
  chartData() {
    const results = this.resultsBody.querySelector(".rvf-results");
    return results && results.dataset.chart ? JSON.parse(results.dataset.chart) : null;
  }

  async drawChart() {
    const canvas = this.root.querySelector("#rvf-chart");
    if (!canvas || this.chartHeld) return;
    if (!chartModule) {
      chartModule = import(new URL("../vendor/chart.umd.min.js", import.meta.url).href).then(() => globalThis.Chart);
    }
    let Chart;
    try {
      Chart = await chartModule;
    } catch {
      canvas.hidden = true; // the cost per month table stays as the accessible alternative
      return;
    }
    if (!this.root.isConnected) return;
    const chart = this.chartData();
    if (!chart) return;
    const approaches = this.data.approaches.filter(({ key }) => key in chart.series);
    const months = chart.series[approaches[0].key].length;
    const labels = Array.from({ length: months }, (_, i) => `Month ${i + 1}`);
    const style = getComputedStyle(document.body);
    const fg = style.getPropertyValue("--md-default-fg-color").trim() || "#333";
    const grid = style.getPropertyValue("--md-default-fg-color--lightest").trim() || "#ddd";
    const datasets = approaches.map(({ key, label }) => ({
      label,
      data: chart.series[key],
      borderColor: COLOURS[key] || fg,
      backgroundColor: COLOURS[key] || fg,
      pointRadius: 0,
      borderWidth: 2,
    }));
    // Mark the month where cumulative fine-tuning and RAG costs cross, as calc found it.
    const crossing = chart.crossing_month;
    if (crossing) {
      datasets.push({
        label: "Cumulative costs cross",
        data: chart.series.rag.map((r, i) => (i === crossing - 1 ? r : null)),
        borderColor: fg,
        backgroundColor: fg,
        pointRadius: 6,
        pointStyle: "rectRot",
        showLine: false,
      });
    }
    const be = this.resultsBody.querySelector('[data-output="break_even_queries_per_month"]');
    const title = be ? `Cumulative cost. Break-even: ${be.textContent}` : "Cumulative cost";
    if (this.chart) this.chart.destroy();
    this.chart = new Chart(canvas, {
      type: "line",
      data: { labels, datasets },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        color: fg,
        plugins: { title: { display: true, text: title, color: fg }, legend: { labels: { color: fg } } },
        scales: {
          x: { ticks: { color: fg }, grid: { color: grid } },
          y: { ticks: { color: fg }, grid: { color: grid }, title: { display: true, text: "USD", color: fg } },
        },
      },
    });
  }
}

let page = null;

function mount() {
  const root = document.getElementById("rvf-calculator");
  if (page && page.root !== root) {
    page.destroy();
    page = null;
  }
  if (root && !page) {
    page = new CalculatorPage(root);
    page.init();
  }
}

// Material's instant navigation announces each new page through document$.
if (typeof window.document$ !== "undefined" && window.document$.subscribe) {
  window.document$.subscribe(mount);
} else if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", mount);
} else {
  mount();
}
