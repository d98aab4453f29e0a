"""The schema: every scenario field, decision answer and approach, declared once.

The calculator's form, the CLI, the URL query, the decision rules, the methodology page and the
browser worker all read these records. Names are a public contract: a released name is never
renamed or removed (add a new one and keep accepting the old).

Numbers have one grammar for the whole package (``parse_number``): ASCII decimal text matching
``[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?``, nothing else (no ``_``, no other digits, no
``inf`` or ``nan``), and finite. ``Field.parse`` applies it, then the field's range.

A field added after an edition was released says so with ``since`` (the first edition that
knows it) and how earlier editions get the value that reproduces their numbers: ``before`` (a
constant) or ``before_field`` (the value of another field, after the reader's own values).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

__all__ = [
    "ANSWER_FIELDS",
    "APPROACH_BY_KEY",
    "APPROACHES_DECLARED",
    "FIELDS",
    "FIELD_BY_NAME",
    "FIRST_EDITION",
    "GROUPS",
    "Approach",
    "Field",
    "FieldError",
    "format_value",
    "parse_number",
    "shown",
]

FIRST_EDITION = "2026-11"
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?", re.ASCII)
_MAX_SHOWN = 40
RANGE_SEPARATOR = ".."  # a field's value given as low..high: a range for the uncertainty analysis
LOG_SPAN = 3.0  # a range whose high end is more than this times its low end is read on a log scale
# Fields that describe the set-up, not a quantity anyone is unsure of: they take no range and the
# uncertainty analysis never varies them.
STRUCTURAL = frozenset({
    "months",  # the horizon the reader plans for
    "gpus_per_instance", "serving_gpus_per_replica", "serving_reference_gpus",  # machine shapes
    "embedding_dims", "context_window_tokens",  # a model's specification
    "long_prompt_threshold_tokens", "long_prompt_input_multiplier", "long_prompt_output_multiplier",
    "min_cacheable_tokens",  # a provider's billing rules
})


def parse_number(text: str) -> float | None:
    """A finite float from ASCII decimal text, or None when the text is not such a number."""
    if not _NUMBER.fullmatch(text):
        return None
    value = float(text)
    return value if math.isfinite(value) else None


def format_value(value: float | int | str) -> str:
    """The shortest text that parses back to the same value (used in permalinks)."""
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return str(value)
    if value == math.floor(value) and abs(value) < 1e16:
        return str(int(value))
    return repr(value)


def shown(value: str) -> str:
    """The value as an error message quotes it: shortened past 40 characters, controls escaped."""
    text = value if len(value) <= _MAX_SHOWN else value[:_MAX_SHOWN] + "…"
    out = []
    for ch in text:
        if ch == "…" and len(value) > _MAX_SHOWN:
            out.append(ch)
        elif not ch.isprintable():
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
        else:
            out.append(ch)
    return "".join(out)


@dataclass(frozen=True, slots=True)
class FieldError:
    """One rejected value: the field, the value as received (shortened, escaped), and why."""

    field: str
    value: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Field:
    """One input: its type, unit, range and the words a form shows for it.

    ``words``: (word, label) pairs that name each choice or bucket in sentences (decision answers).
    ``buckets``: the words a numeric decision answer is sorted into by the rules.
    ``short``: the answer's name in the decision table. ``since``, ``before``, ``before_field``:
    see the module's docstring.
    """

    name: str
    group: str
    label: str
    unit: str
    help: str
    kind: str  # "number" | "whole" | "choice"
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = ()
    default_choice: str | None = None  # the default word of a choice field
    words: tuple[tuple[str, str], ...] = ()
    buckets: tuple[str, ...] = ()
    short: str = ""
    since: str = FIRST_EDITION
    before: float | int | str | None = None
    before_field: str | None = None

    def allowed(self) -> str:
        """The allowed values in words, as error messages quote them."""
        if self.kind == "choice":
            return "one of " + ", ".join(self.choices)
        whole = " (a whole number)" if self.kind == "whole" else ""
        return f"{_num(self.low)} to {_num(self.high)}{whole}"

    def word_labels(self) -> dict[str, str]:
        """Each choice word or bucket and its label."""
        return dict(self.words)

    def coerce(self, value: float) -> float | int:
        """A number read from a figure, as this field holds it (an int for a whole field)."""
        return int(value) if self.kind == "whole" else float(value)

    def parse(self, raw: str) -> tuple[float | int | str | None, FieldError | None]:
        """Parse one value's text: (value, None), or (None, the error naming field, value and range)."""
        quoted = shown(raw)
        if raw == "":
            return None, FieldError(self.name, quoted, f"a value is required; allowed: {self.allowed()}")
        if self.kind == "choice":
            if raw in self.choices:
                return raw, None
            return None, FieldError(self.name, quoted, f"'{quoted}' is not allowed; allowed: {self.allowed()}")
        if not _NUMBER.fullmatch(raw):
            return None, FieldError(
                self.name, quoted, f"'{quoted}' is not a number; allowed: {self.allowed()} {self.unit}".rstrip()
            )
        value = float(raw)
        assert self.low is not None and self.high is not None
        if not (math.isfinite(value) and self.low <= value <= self.high):
            return None, FieldError(
                self.name, quoted, f"'{quoted}' is out of range; allowed: {self.allowed()} {self.unit}".rstrip()
            )
        if self.kind == "whole":
            if value != math.floor(value):
                return None, FieldError(
                    self.name, quoted, f"'{quoted}' is not a whole number; allowed: {self.allowed()}"
                )
            return int(value), None
        return value + 0.0, None  # +0.0 turns -0.0 into 0.0


    def parse_range(self, raw: str) -> tuple[tuple[float | int, float | int] | None, FieldError | None]:
        """Parse ``low..high`` (a range for the uncertainty analysis): ((low, high), None), or
        (None, the error naming field, value and what is allowed). Each end is parsed as a value."""
        quoted = shown(raw)
        if self.name in STRUCTURAL:
            return None, FieldError(self.name, quoted, f"'{quoted}' is a range, and {self.name} describes the set-up "
                                                       f"(it is never varied); allowed: one value, {self.allowed()}")
        if self.kind == "choice" or self.buckets or self.name in _ANSWER_FIELD_NAMES:
            return None, FieldError(self.name, quoted, f"'{quoted}' is a range, and this field takes one value; "
                                                       f"allowed: {self.allowed()}")
        lo_text, _, hi_text = raw.partition(RANGE_SEPARATOR)
        if lo_text == "" or hi_text == "":
            return None, FieldError(self.name, quoted, f"'{quoted}' is not a range: give both ends; allowed: "
                                                       f"low..high, each {self.allowed()} {self.unit}".rstrip())
        ends = []
        for text in (lo_text, hi_text):
            value, err = self.parse(text)
            if err is not None:
                return None, FieldError(self.name, quoted, f"in the range '{quoted}', {err.message}")
            assert isinstance(value, (int, float))
            ends.append(value)
        if ends[0] > ends[1]:
            return None, FieldError(self.name, quoted, f"'{quoted}': the low end is above the high end; "
                                                       f"allowed: low..high, each {self.allowed()} {self.unit}".rstrip())
        return (ends[0], ends[1]), None

    def range_mode(self, low: float, high: float) -> float | int:
        """The point value of a range the reader gives: its middle, on a log scale when the range
        spans more than LOG_SPAN (the geometric mean), a whole number for a whole field."""
        mid = math.sqrt(low * high) if is_log_range(low, high) else (low + high) / 2
        return int(round(mid)) if self.kind == "whole" else mid + 0.0


def is_log_range(low: float, high: float) -> bool:
    """Whether a range is read on a log scale: positive, and its high end more than LOG_SPAN times its low."""
    return low > 0 and high / low > LOG_SPAN


def _num(x: float | None) -> str:
    if x is None:
        return "?"
    if x == int(x) and abs(x) < 1e6:
        return f"{int(x):,}"
    if x == int(x):
        return f"{x:.0e}".replace("e+0", "e").replace("e+", "e")
    return repr(x)


@dataclass(frozen=True, slots=True, kw_only=True)
class Approach:
    """One approach the model prices: its key (JSON, ``data-output``), its label, its name in a
    sentence, the model version that introduced it, and whether the decision rules score it."""

    key: str
    label: str
    noun: str
    since_model: str = "1"
    scored: bool = True


APPROACHES_DECLARED: tuple[Approach, ...] = (
    Approach(key="rag", label="RAG", noun="RAG"),
    Approach(key="finetune", label="Fine-tuning", noun="fine-tuning"),
    Approach(key="hybrid", label="Hybrid", noun="hybrid"),
    Approach(key="long_context", label="Long context", noun="long context", since_model="2", scored=False),
)
APPROACH_BY_KEY: dict[str, Approach] = {a.key: a for a in APPROACHES_DECLARED}

GROUPS = {
    "workload": "Workload",
    "serving": "Serving the generator model",
    "retrieval": "Retrieval (RAG and the RAG half of hybrid)",
    "finetuning": "Fine-tuning",
    "caching": "Prompt caching and long prompts",
    "long_context": "Long context (the whole corpus in a cached prompt)",
    "decision": "Your situation (decision questions)",
}


# The inputs the calculator shows first, after the decision questions and the presets: the two a
# reader knows (volume and corpus size) and the four whose ranges move the default scenario's answer
# most (the drivers of calc._uncertainty, one-at-a-time swing of the margin between the two cheapest
# approaches: engineering per retraining cycle, retrains a year, RAG engineering a month, the
# engineering rate; tests/test_layout.py recomputes the ranking). Every other input is in its
# group, folded.
KEY_FIELDS = ("queries_per_month", "corpus_tokens", "ft_eng_hours_per_cycle", "retrains_per_year",
              "rag_eng_hours_per_month", "eng_hourly_rate")


def _f(name, group, label, unit, kind, low, high, help, **later):  # noqa: A002 - terse table
    return Field(name=name, group=group, label=label, unit=unit, kind=kind, low=low, high=high, help=help, **later)


def _c(name, group, label, choices, default, help, **later):  # noqa: A002
    return Field(name=name, group=group, label=label, unit="", kind="choice", choices=choices,
                 default_choice=default, help=help, **later)


FIELDS: tuple[Field, ...] = (
    # Workload
    _f("queries_per_month", "workload", "Queries per month", "queries/month", "number", 0, 1e10,
       "Queries in the first month."),
    _f("growth_per_month", "workload", "Monthly growth", "share (0.05 means 5 per cent)", "number", -0.5, 1,
       "Month-on-month growth of queries; negative for decline."),
    _f("months", "workload", "Horizon", "months", "whole", 1, 60,
       "Months of total cost of ownership to add up."),
    _f("prompt_tokens", "workload", "Prompt tokens per query", "tokens", "number", 0, 1e6,
       "Input tokens per query, not counting retrieved context."),
    _f("output_tokens", "workload", "Output tokens per query", "tokens", "number", 0, 1e5,
       "Tokens the model generates per query."),
    _f("ft_prompt_tokens", "workload", "Fine-tuned model's prompt tokens", "tokens", "number", 0, 1e6,
       "Input tokens per query the fine-tuned model is sent: the instructions and examples it was trained "
       "to do without are left out (the hybrid adds the retrieved context).",
       since="2026-12", before_field="prompt_tokens"),
    # Serving
    _c("serving", "serving", "Serving", ("api", "self_hosted"), "api",
       "api: pay per token to a provider; self_hosted: rent GPUs and run the model yourself."),
    _f("api_input_price", "serving", "Base model input price", "USD/1M tokens", "number", 0, 1000,
       "Per-token input price of the base model (RAG)."),
    _f("api_output_price", "serving", "Base model output price", "USD/1M tokens", "number", 0, 1000,
       "Per-token output price of the base model (RAG)."),
    _f("ft_input_price", "serving", "Fine-tuned model input price", "USD/1M tokens", "number", 0, 1000,
       "Input price of the fine-tuned model on the same API."),
    _f("ft_output_price", "serving", "Fine-tuned model output price", "USD/1M tokens", "number", 0, 1000,
       "Output price of the fine-tuned model on the same API."),
    _f("api_cached_input_price", "caching", "Base model cached input price", "USD/1M tokens", "number", 0, 1000,
       "Price of an input token read from the provider's prompt cache (base model).",
       since="2026-12", before_field="api_input_price"),
    _f("ft_cached_input_price", "caching", "Fine-tuned model cached input price", "USD/1M tokens", "number", 0, 1000,
       "Price of an input token read from the prompt cache (fine-tuned model).",
       since="2026-12", before_field="ft_input_price"),
    _f("cached_prompt_share", "caching", "Cached share of the static prompt", "share", "number", 0, 1,
       "Share of each approach's fixed prompt (instructions, examples) billed at the cached price; "
       "retrieved context is never cached. API serving only.",
       since="2026-12", before=0.0),
    _f("cache_write_premium", "caching", "Cache write premium", "share of the input price", "number", 0, 10,
       "Extra charged when a prompt prefix is written to the cache (0.25: a write costs 1.25 times the input price).",
       since="2026-12", before=0.0),
    _f("cache_writes_per_month", "caching", "Cache writes per month", "writes/month", "number", 0, 1e7,
       "Times each cached prefix is written in a month: after it expires, on a deploy, when the corpus changes.",
       since="2026-12", before=0.0),
    _f("cache_storage_price", "caching", "Cache storage price", "USD/1M tokens per hour", "number", 0, 1000,
       "Hourly price of keeping cached tokens stored, where the provider charges it.",
       since="2026-12", before=0.0),
    _f("min_cacheable_tokens", "caching", "Minimum cacheable prefix", "tokens", "whole", 0, 1e6,
       "Shortest prompt prefix the provider caches: a shorter static prompt is billed at the full input price.",
       since="2026-12", before=0),
    _f("long_prompt_threshold_tokens", "caching", "Long-prompt price threshold", "tokens", "whole", 0, 1e8,
       "Input tokens in one request above which the provider multiplies its prices for the whole request.",
       since="2026-12", before=0),
    _f("long_prompt_input_multiplier", "caching", "Long-prompt input price multiplier", "x", "number", 1, 10,
       "Multiplier on input, cached-input and cache-write prices of a request above the threshold.",
       since="2026-12", before=1.0),
    _f("long_prompt_output_multiplier", "caching", "Long-prompt output price multiplier", "x", "number", 1, 10,
       "Multiplier on the output price of a request above the threshold.",
       since="2026-12", before=1.0),
    _f("api_ms_per_output_token", "serving", "API time per output token", "ms", "number", 0.1, 1000,
       "Time between output tokens from the provider's API, as one user sees it (API serving).",
       since="2026-12", before_field="decode_ms_per_token"),
    _f("api_ttft_ms", "serving", "API time to first token", "ms", "number", 0, 60000,
       "Network round trip and the provider's time to first token for an ordinary prompt (API serving).",
       since="2026-12", before=0.0),
    _f("ft_hosting_per_hour", "serving", "Fine-tuned hosting fee", "USD/hour", "number", 0, 1000,
       "Hourly fee some clouds charge to keep a fine-tuned deployment up, used or not."),
    _c("ft_hosting", "serving", "Fine-tuned hosting billed", ("flat", "per_replica"), "per_replica",
       "flat: the hourly fee keeps one deployment up whatever the traffic; per_replica: the fee is per "
       "replica, and replicas follow the traffic at the serving throughput figures (a dedicated endpoint).",
       since="2026-12", before="flat"),
    _f("rag_dedicated_per_hour", "serving", "Base model dedicated endpoint, per GPU-hour", "USD/GPU-hour",
       "number", 0, 1000,
       "Hourly price of serving the base model on a dedicated endpoint instead of per token (API serving): "
       "each month the base model pays the lower of its per-token bill and the replica-hours its traffic "
       "needs. 0: per token only.",
       since="2026-12", before=0.0),
    _f("gpu_hour_price", "serving", "GPU-hour price", "USD/GPU-hour", "number", 0.01, 1000,
       "Price of one GPU for one hour, for self-hosted serving and training."),
    _f("gpus_per_instance", "serving", "GPUs per rented instance", "GPUs", "whole", 1, 16,
       "The smallest number of GPUs the cloud rents at once (eight on an AWS p5 instance)."),
    _f("serving_gpus_per_replica", "serving", "GPUs per serving replica", "GPUs", "whole", 1, 64,
       "GPUs in one replica of the self-hosted model."),
    _f("serving_min_replicas", "serving", "Replicas kept up", "replicas", "whole", 0, 1000,
       "Replicas running all month, busy or not."),
    _f("serving_prefill_tps", "serving", "Prefill throughput", "tokens/s per replica", "number", 1, 1e7,
       "Prompt tokens one replica processes per second."),
    _f("serving_decode_tps", "serving", "Decode throughput", "tokens/s per replica", "number", 1, 1e7,
       "Output tokens one replica produces per second, batched."),
    _f("decode_ms_per_token", "serving", "Time per output token", "ms", "number", 0.1, 1000,
       "Time between output tokens as one user sees it."),
    _f("serving_reference_params_b", "serving", "Model size of the throughput figures", "billion parameters",
       "number", 0.01, 2000,
       "Size of the model the prefill, decode and per-token figures were measured on; self-hosted rates "
       "scale by this over the model size (compute per token grows with the parameters).",
       since="2026-12", before_field="model_params_b"),
    _f("serving_reference_gpus", "serving", "GPUs of the measured serving figures", "GPUs", "whole", 1, 64,
       "GPUs per replica on which the prefill and decode throughput figures were measured; a replica of "
       "more GPUs serves proportionally more tokens per second.",
       since="2026-12", before_field="serving_gpus_per_replica"),
    # Retrieval
    _f("corpus_tokens", "retrieval", "Corpus size", "tokens", "number", 0, 1e13,
       "Tokens in the knowledge base."),
    _f("corpus_churn", "retrieval", "Monthly corpus churn", "share", "number", 0, 1,
       "Share of the corpus re-embedded each month."),
    _f("chunk_tokens", "retrieval", "Chunk size", "tokens", "whole", 1, 1e5,
       "Tokens per chunk."),
    _f("retrieved_chunks", "retrieval", "Chunks per prompt (k)", "chunks", "whole", 0, 1000,
       "Chunks put into each prompt."),
    _f("embedding_price", "retrieval", "Embedding price", "USD/1M tokens", "number", 0, 100,
       "Price of embedding one million tokens."),
    _f("embedding_dims", "retrieval", "Embedding dimensions", "dimensions", "whole", 1, 65536,
       "Dimensions of each vector (float32)."),
    _f("vector_db_min_monthly", "retrieval", "Vector DB plan minimum", "USD/month", "number", 0, 1e6,
       "The plan's minimum monthly charge."),
    _f("vector_storage_price", "retrieval", "Vector storage price", "USD/GB-month", "number", 0, 1000,
       "Price of storing one GB of vectors for a month."),
    _f("vector_read_price", "retrieval", "Vector read price", "USD/1M read units", "number", 0, 1000,
       "A query reads max(0.25, index GB) units."),
    _f("orchestration_monthly", "retrieval", "Orchestration", "USD/month", "number", 0, 1e7,
       "App servers, queues and monitoring for retrieval."),
    _f("rag_eng_hours_per_month", "retrieval", "RAG engineering", "hours/month", "number", 0, 10000,
       "Engineering hours to keep retrieval healthy."),
    _f("query_embedding_ms", "retrieval", "Query embedding latency", "ms", "number", 0, 60000,
       "Round trip to embed the query."),
    _f("vector_search_ms", "retrieval", "Vector search latency", "ms", "number", 0, 60000,
       "Approximate nearest-neighbour search, about 1M vectors."),
    _f("rerank_ms", "retrieval", "Reranker latency", "ms", "number", 0, 60000,
       "Reranker time; 0 when there is none."),
    _f("context_window_tokens", "long_context", "Context window", "tokens", "whole", 0, 1e8,
       "The base model's context window: the corpus and the prompt must fit in it.",
       since="2026-12", before=0),
    _f("long_context_ttft_ms", "long_context", "Time to first token, long cached prompt", "ms", "number", 0, 600000,
       "The provider's time to first token when the prompt starts with a long cached prefix.",
       since="2026-12", before=0.0),
    _f("lc_ttft_ms_per_1k_tokens", "long_context", "Long-prompt time to first token, per 1,000 cached tokens",
       "ms", "number", 0, 10000,
       "How the time to first token grows with the cached prefix, above or below the size at which the "
       "time to first token above was measured.",
       since="2026-12", before=0.0),
    _f("lc_eng_hours_per_month", "long_context", "Long-context engineering", "hours/month", "number", 0, 10000,
       "Engineering hours to keep the corpus in the prompt current and tested.",
       since="2026-12", before=0.0),
    # Fine-tuning
    _c("training", "finetuning", "Training", ("api", "self_hosted"), "api",
       "api: pay per training token; self_hosted: rent GPUs and train yourself."),
    _f("api_training_price", "finetuning", "API training price", "USD/1M training tokens", "number",
       0, 10000, "Price per million training tokens on the API."),
    _c("method", "finetuning", "Method", ("full", "lora", "qlora"), "lora",
       "Self-hosted training method: full weights, LoRA adapters, or LoRA on a 4-bit base."),
    _f("qlora_time_factor", "finetuning", "QLoRA training time factor", "x LoRA's time", "number", 1, 10,
       "How much longer QLoRA trains than bf16 LoRA on the same FLOPs (4-bit dequantisation).",
       since="2026-12", before=1.0),
    _f("model_params_b", "finetuning", "Model size", "billion parameters", "number", 0.01, 2000,
       "Parameters of the model being tuned."),
    _f("train_examples", "finetuning", "Labelled examples", "examples", "whole", 1, 1e9,
       "Labelled examples in the training set."),
    _f("tokens_per_example", "finetuning", "Tokens per example", "tokens", "number", 1, 1e6,
       "Tokens in one training example."),
    _f("epochs", "finetuning", "Epochs", "passes", "whole", 1, 100,
       "Passes over the training data."),
    _f("hp_runs", "finetuning", "Runs per cycle", "runs", "whole", 1, 1000,
       "Training runs per cycle, for the hyperparameter search."),
    _f("retrains_per_year", "finetuning", "Training cycles per year", "cycles/year", "whole", 0, 12,
       "Cycles per year, the first included; 0 trains once and never again."),
    _f("new_examples_share", "finetuning", "New examples per retrain", "share", "number", 0, 1,
       "Share of examples newly labelled for each retrain."),
    _f("label_cost", "finetuning", "Labelling cost", "USD/example", "number", 0, 10000,
       "Cost of one labelled example."),
    _f("gpu_peak_tflops", "finetuning", "GPU peak (BF16, dense)", "TFLOP/s", "number", 1, 1e5,
       "Dense BF16 peak of one training GPU."),
    _f("gpu_memory_gb", "finetuning", "GPU memory", "GB", "number", 1, 10000,
       "Memory of one training GPU."),
    _f("mfu", "finetuning", "Model FLOPs utilisation", "share", "number", 0.01, 1,
       "Share of the GPU's peak that training achieves."),
    _f("run_overhead_hours", "finetuning", "Overhead per run", "hours", "number", 0, 1000,
       "Hours per run every GPU is billed but not training."),
    _f("ft_eng_hours_per_cycle", "finetuning", "Fine-tuning engineering", "hours/cycle", "number",
       0, 10000, "Data curation, evaluation and release per cycle."),
    _f("eng_hourly_rate", "finetuning", "Engineering rate", "USD/hour", "number", 0, 10000,
       "Cost of one engineering hour, for RAG and fine-tuning alike."),
)

def _answer(name, label, short, help, *, words, kind="choice", unit="", low=None, high=None, buckets=()):  # noqa: A002
    choices = tuple(w for w, _ in words) if kind == "choice" else ()
    return Field(name=name, group="decision", label=label, unit=unit, kind=kind, low=low, high=high,
                 choices=choices, words=words, buckets=buckets, short=short, help=help)


ANSWER_FIELDS: tuple[Field, ...] = (
    _answer("knowledge_change", "How often does the knowledge change?", "Knowledge changes",
            "How often the facts the model must know change.",
            words=(("rarely", "rarely (a few times a year or less)"), ("monthly", "monthly"),
                   ("weekly", "weekly or more often"))),
    _answer("needs_citations", "Must answers cite their sources?", "Citations needed",
            "Whether answers must point to the documents they rest on.",
            words=(("yes", "yes"), ("no", "no"))),
    _answer("behaviour_need", "How strict are the format, tone or behaviour needs?", "Behaviour need",
            "How much the model's output style must change.",
            words=(("none", "none (a well-prompted base model will do)"),
                   ("some", "some (a preferred format or tone)"),
                   ("strict", "strict (an exact schema, style or reasoning pattern)"))),
    _answer("labelled_examples", "How many labelled examples do you have?", "Labelled examples",
            "Input-output pairs you could train on today.",
            kind="whole", unit="examples", low=0, high=1e9,
            buckets=("under-1000", "1000-10000", "over-10000"),
            words=(("under-1000", "fewer than 1,000"), ("1000-10000", "1,000 to 10,000"),
                   ("over-10000", "more than 10,000"))),
    _answer("ml_capacity", "How much ML engineering capacity does the team have?", "ML capacity",
            "People who can train, evaluate and serve models.",
            words=(("none", "none (no one to train or evaluate models)"),
                   ("some", "some (can run a hosted fine-tuning job)"),
                   ("strong", "strong (can train, evaluate and serve models)"))),
    _answer("latency_budget_ms", "What is the latency budget per query?", "Latency budget",
            "The most a query may take, end to end.",
            kind="number", unit="ms", low=0, high=60000,
            buckets=("retrieval-within-budget", "retrieval-over-budget"),
            words=(("retrieval-within-budget", "retrieval fits within it"),
                   ("retrieval-over-budget", "retrieval alone takes longer"))),
    _answer("stage", "What stage is the project at?", "Stage",
            "Whether this is an experiment or a service people depend on.",
            words=(("prototype", "prototype"), ("production", "production"))),
)

_ANSWER_FIELD_NAMES = frozenset(f.name for f in ANSWER_FIELDS)
FIELD_BY_NAME: dict[str, Field] = {f.name: f for f in FIELDS + ANSWER_FIELDS}
