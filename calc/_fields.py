"""Scenario fields (MODEL.md §1) and decision answers (MODEL.md §5) as data.

The calculator's form, the CLI and the URL query all read these records. Names are a
public contract: never rename or remove one.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ANSWER_FIELDS", "FIELDS", "FIELD_BY_NAME", "GROUPS", "Field"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Field:
    """One input: its type, unit, range and the words a form shows for it."""

    name: str
    group: str
    label: str
    unit: str
    help: str
    kind: str  # "number" | "whole" | "choice"
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = ()
    figure: str | None = None  # id of the figure that holds the default
    default_choice: str | None = None  # default word for choice fields

    def allowed(self) -> str:
        """The allowed values in words, as error messages quote them."""
        if self.kind == "choice":
            return "one of " + ", ".join(self.choices)
        whole = " (a whole number)" if self.kind == "whole" else ""
        return f"{_num(self.low)} to {_num(self.high)}{whole}"


def _num(x: float | None) -> str:
    if x is None:
        return "?"
    if x == int(x) and abs(x) < 1e6:
        return f"{int(x):,}"
    if x == int(x):
        return f"{x:.0e}".replace("e+0", "e").replace("e+", "e")
    return repr(x)


GROUPS = {
    "workload": "Workload",
    "serving": "Serving the generator model",
    "retrieval": "Retrieval (RAG and the RAG half of hybrid)",
    "finetuning": "Fine-tuning",
    "decision": "Your situation (decision questions)",
}


def _f(name, group, label, unit, kind, low, high, figure, help):  # noqa: A002 - terse table
    return Field(
        name=name, group=group, label=label, unit=unit, kind=kind, low=low, high=high,
        figure=figure, help=help,
    )


def _c(name, group, label, choices, default, help):  # noqa: A002
    return Field(
        name=name, group=group, label=label, unit="", kind="choice", choices=choices,
        default_choice=default, help=help,
    )


FIELDS: tuple[Field, ...] = (
    # Workload
    _f("queries_per_month", "workload", "Queries per month", "queries/month", "number", 0, 1e10,
       "assume.queries_per_month", "Queries in the first month."),
    _f("growth_per_month", "workload", "Monthly growth", "share (0.05 means 5 per cent)", "number", -0.5, 1,
       "assume.growth_per_month", "Month-on-month growth of queries; negative for decline."),
    _f("months", "workload", "Horizon", "months", "whole", 1, 60,
       "assume.months", "Months of total cost of ownership to add up."),
    _f("prompt_tokens", "workload", "Prompt tokens per query", "tokens", "number", 0, 1e6,
       "assume.prompt_tokens", "Input tokens per query, not counting retrieved context."),
    _f("output_tokens", "workload", "Output tokens per query", "tokens", "number", 0, 1e5,
       "assume.output_tokens", "Tokens the model generates per query."),
    # Serving
    _c("serving", "serving", "Serving", ("api", "self_hosted"), "api",
       "api: pay per token to a provider; self_hosted: rent GPUs and run the model yourself."),
    _f("api_input_price", "serving", "Base model input price", "USD/1M tokens", "number", 0, 1000,
       "api.gpt_4_1_mini.input", "Per-token input price of the base model (RAG)."),
    _f("api_output_price", "serving", "Base model output price", "USD/1M tokens", "number", 0, 1000,
       "api.gpt_4_1_mini.output", "Per-token output price of the base model (RAG)."),
    _f("ft_input_price", "serving", "Fine-tuned model input price", "USD/1M tokens", "number", 0, 1000,
       "ft.gpt_4_1_mini.input", "Input price of the fine-tuned model on the same API."),
    _f("ft_output_price", "serving", "Fine-tuned model output price", "USD/1M tokens", "number", 0, 1000,
       "ft.gpt_4_1_mini.output", "Output price of the fine-tuned model on the same API."),
    _f("ft_hosting_per_hour", "serving", "Fine-tuned hosting fee", "USD/hour", "number", 0, 1000,
       "assume.ft_hosting_per_hour",
       "Hourly fee some clouds charge to keep a fine-tuned deployment up, used or not."),
    _f("gpu_hour_price", "serving", "GPU-hour price", "USD/GPU-hour", "number", 0.01, 1000,
       "gpu.h100_sxm.aws_p5.price", "Price of one GPU for one hour, for self-hosted serving and training."),
    _f("gpus_per_instance", "serving", "GPUs per rented instance", "GPUs", "whole", 1, 16,
       "assume.gpus_per_instance", "The smallest number of GPUs the cloud rents at once (eight on an AWS p5 instance)."),
    _f("serving_gpus_per_replica", "serving", "GPUs per serving replica", "GPUs", "whole", 1, 64,
       "assume.serving_gpus_per_replica", "GPUs in one replica of the self-hosted model."),
    _f("serving_min_replicas", "serving", "Replicas kept up", "replicas", "whole", 0, 1000,
       "assume.serving_min_replicas", "Replicas running all month, busy or not."),
    _f("serving_prefill_tps", "serving", "Prefill throughput", "tokens/s per replica", "number", 1, 1e7,
       "throughput.prefill.8b_h100", "Prompt tokens one replica processes per second."),
    _f("serving_decode_tps", "serving", "Decode throughput", "tokens/s per replica", "number", 1, 1e7,
       "throughput.decode.llama31_8b_fp8.h100", "Output tokens one replica produces per second, batched."),
    _f("decode_ms_per_token", "serving", "Time per output token", "ms", "number", 0.1, 1000,
       "latency.itl.llama31_8b_fp8.h100", "Time between output tokens as one user sees it."),
    # Retrieval
    _f("corpus_tokens", "retrieval", "Corpus size", "tokens", "number", 0, 1e13,
       "assume.corpus_tokens", "Tokens in the knowledge base."),
    _f("corpus_churn", "retrieval", "Monthly corpus churn", "share", "number", 0, 1,
       "assume.corpus_churn", "Share of the corpus re-embedded each month."),
    _f("chunk_tokens", "retrieval", "Chunk size", "tokens", "whole", 1, 1e5,
       "assume.chunk_tokens", "Tokens per chunk."),
    _f("retrieved_chunks", "retrieval", "Chunks per prompt (k)", "chunks", "whole", 0, 1000,
       "assume.retrieved_chunks", "Chunks put into each prompt."),
    _f("embedding_price", "retrieval", "Embedding price", "USD/1M tokens", "number", 0, 100,
       "embed.openai.te3_small.price", "Price of embedding one million tokens."),
    _f("embedding_dims", "retrieval", "Embedding dimensions", "dimensions", "whole", 1, 65536,
       "embed.openai.te3_small.dims", "Dimensions of each vector (float32)."),
    _f("vector_db_min_monthly", "retrieval", "Vector DB plan minimum", "USD/month", "number", 0, 1e6,
       "vdb.pinecone.standard.minimum", "The plan's minimum monthly charge."),
    _f("vector_storage_price", "retrieval", "Vector storage price", "USD/GB-month", "number", 0, 1000,
       "vdb.pinecone.standard.storage", "Price of storing one GB of vectors for a month."),
    _f("vector_read_price", "retrieval", "Vector read price", "USD/1M read units", "number", 0, 1000,
       "vdb.pinecone.standard.reads", "A query reads max(0.25, index GB) units."),
    _f("orchestration_monthly", "retrieval", "Orchestration", "USD/month", "number", 0, 1e7,
       "assume.orchestration_monthly", "App servers, queues and monitoring for retrieval."),
    _f("rag_eng_hours_per_month", "retrieval", "RAG engineering", "hours/month", "number", 0, 10000,
       "assume.rag_eng_hours_per_month", "Engineering hours to keep retrieval healthy."),
    _f("query_embedding_ms", "retrieval", "Query embedding latency", "ms", "number", 0, 60000,
       "latency.query_embedding.api", "Round trip to embed the query."),
    _f("vector_search_ms", "retrieval", "Vector search latency", "ms", "number", 0, 60000,
       "latency.hnsw.1m_1536.mean", "Approximate nearest-neighbour search, about 1M vectors."),
    _f("rerank_ms", "retrieval", "Reranker latency", "ms", "number", 0, 60000,
       "assume.rerank_ms", "Reranker time; 0 when there is none."),
    # Fine-tuning
    _c("training", "finetuning", "Training", ("api", "self_hosted"), "api",
       "api: pay per training token; self_hosted: rent GPUs and train yourself."),
    _f("api_training_price", "finetuning", "API training price", "USD/1M training tokens", "number",
       0, 10000, "ft.gpt_4_1_mini.training", "Price per million training tokens on the API."),
    _c("method", "finetuning", "Method", ("full", "lora", "qlora"), "lora",
       "Self-hosted training method: full weights, LoRA adapters, or LoRA on a 4-bit base."),
    _f("model_params_b", "finetuning", "Model size", "billion parameters", "number", 0.01, 2000,
       "assume.model_params_b", "Parameters of the model being tuned."),
    _f("train_examples", "finetuning", "Labelled examples", "examples", "whole", 1, 1e9,
       "assume.train_examples", "Labelled examples in the training set."),
    _f("tokens_per_example", "finetuning", "Tokens per example", "tokens", "number", 1, 1e6,
       "assume.tokens_per_example", "Tokens in one training example."),
    _f("epochs", "finetuning", "Epochs", "passes", "whole", 1, 100,
       "assume.epochs", "Passes over the training data."),
    _f("hp_runs", "finetuning", "Runs per cycle", "runs", "whole", 1, 1000,
       "assume.hp_runs", "Training runs per cycle, for the hyperparameter search."),
    _f("retrains_per_year", "finetuning", "Training cycles per year", "cycles/year", "whole", 0, 12,
       "assume.retrains_per_year", "Cycles per year, the first included; 0 trains once and never again."),
    _f("new_examples_share", "finetuning", "New examples per retrain", "share", "number", 0, 1,
       "assume.new_examples_share", "Share of examples newly labelled for each retrain."),
    _f("label_cost", "finetuning", "Labelling cost", "USD/example", "number", 0, 10000,
       "labelling.sft_example", "Cost of one labelled example."),
    _f("gpu_peak_tflops", "finetuning", "GPU peak (BF16, dense)", "TFLOP/s", "number", 1, 1e5,
       "gpu.h100_sxm.bf16_tflops", "Dense BF16 peak of one training GPU."),
    _f("gpu_memory_gb", "finetuning", "GPU memory", "GB", "number", 1, 10000,
       "gpu.h100_sxm.memory_gb", "Memory of one training GPU."),
    _f("mfu", "finetuning", "Model FLOPs utilisation", "share", "number", 0.01, 1,
       "assume.mfu", "Share of the GPU's peak that training achieves."),
    _f("run_overhead_hours", "finetuning", "Overhead per run", "hours", "number", 0, 1000,
       "assume.run_overhead_hours", "Hours per run every GPU is billed but not training."),
    _f("ft_eng_hours_per_cycle", "finetuning", "Fine-tuning engineering", "hours/cycle", "number",
       0, 10000, "assume.ft_eng_hours_per_cycle", "Data curation, evaluation and release per cycle."),
    _f("eng_hourly_rate", "finetuning", "Engineering rate", "USD/hour", "number", 0, 10000,
       "assume.eng_hourly_rate", "Cost of one engineering hour, for RAG and fine-tuning alike."),
)

ANSWER_FIELDS: tuple[Field, ...] = (
    _c("knowledge_change", "decision", "How often does the knowledge change?",
       ("rarely", "monthly", "weekly"), None, "How often the facts the model must know change."),
    _c("needs_citations", "decision", "Must answers cite their sources?", ("yes", "no"), None,
       "Whether answers must point to the documents they rest on."),
    _c("behaviour_need", "decision", "How strict are format, tone or behaviour needs?",
       ("none", "some", "strict"), None, "How much the model's output style must change."),
    Field(name="labelled_examples", group="decision", label="Labelled examples you have",
          unit="examples", kind="whole", low=0, high=1e9,
          help="Input-output pairs you could train on today."),
    _c("ml_capacity", "decision", "ML engineering capacity", ("none", "some", "strong"), None,
       "People who can train, evaluate and serve models."),
    Field(name="latency_budget_ms", group="decision", label="Latency budget", unit="ms",
          kind="number", low=0, high=60000, help="The most a query may take, end to end."),
    _c("stage", "decision", "Stage", ("prototype", "production"), None,
       "Whether this is an experiment or a service people depend on."),
)

FIELD_BY_NAME: dict[str, Field] = {f.name: f for f in FIELDS + ANSWER_FIELDS}
