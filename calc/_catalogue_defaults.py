"""The catalogue's default assumptions: the numbers this project chose for the default scenario.

Each says why it was chosen; the calculator lets a reader replace every one.
"""

from __future__ import annotations

from ._figures import assumed

__all__ = ["ASSUMED_DEFAULTS"]

# --- the defaults that are assumptions (the edition's default figure ids point at them) ----------
ASSUMED_DEFAULTS = (
    assumed("assume.queries_per_month", "Queries in the first month", 100000, "queries/month", "workload",
            "a mid-sized assistant; the seed article's own mid-tier example is 100,000 queries a month"),
    assumed("assume.growth_per_month", "Month-on-month growth of queries", 0, "share", "workload",
            "flat volume keeps the default easy to check by hand; enter your own growth"),
    assumed("assume.months", "Horizon of the total cost of ownership", 12, "months", "workload",
            "one year, the usual budgeting period"),
    assumed("assume.prompt_tokens", "Input tokens per query, without retrieved context", 500, "tokens", "workload",
            "a short system prompt and a user question"),
    assumed("assume.output_tokens", "Output tokens per query", 250, "tokens", "workload",
            "an answer of a few short paragraphs"),
    assumed("assume.ft_hosting_per_hour", "Hourly fee for keeping a fine-tuned deployment up", 0, "USD/hour",
            "finetune_prices",
            "OpenAI charges no hourly fee for serving a fine-tuned model; Azure OpenAI does charge one "
            "for a deployed fine-tuned model, used or not (learn.microsoft.com, manage costs)",
            confidence="medium"),
    assumed("assume.gpus_per_instance", "Smallest number of GPUs rented at once", 1, "GPUs", "gpu_prices",
            "many GPU clouds rent single GPUs; the AWS P-instance presets set 8"),
    assumed("assume.serving_gpus_per_replica", "GPUs in one serving replica", 1, "GPUs", "throughput",
            "an 8B model fits on one H100 or A100 80GB with room for its KV cache"),
    assumed("assume.serving_min_replicas", "Replicas kept up all month", 1, "replicas", "throughput",
            "one replica always on, so the service answers without a cold start"),
    assumed("assume.corpus_tokens", "Tokens in the knowledge base", 50000000, "tokens", "workload",
            "a mid-sized knowledge base, for example 100,000 pages of about 500 tokens"),
    assumed("assume.corpus_churn", "Share of the corpus re-embedded each month", 0.10, "share", "workload",
            "about a tenth of the documents change in a month"),
    assumed("assume.chunk_tokens", "Tokens per chunk", 512, "tokens", "embeddings",
            "a common chunk size in RAG tutorials and framework examples"),
    assumed("assume.retrieved_chunks", "Chunks put into each prompt (k)", 5, "chunks", "embeddings",
            "top-5 retrieval, a common starting point"),
    assumed("assume.orchestration_monthly", "App servers, queues and monitoring for retrieval", 300, "USD/month",
            "engineering", "a few small always-on servers, a queue and monitoring"),
    assumed("assume.rag_eng_hours_per_month", "Engineering hours a month to keep retrieval healthy", 8, "hours/month",
            "engineering", "about one working day a month on ingestion, evaluation and fixes"),
    assumed("assume.rerank_ms", "Reranker latency", 0, "ms", "latency",
            "no reranker by default; a hosted reranker adds the time measured in "
            "latency.rerank.cohere_3_5.dedicated"),
    assumed("assume.model_params_b", "Parameters of the model being tuned", 8, "billion parameters",
            "training_rules", "an 8B open model, the size the serving throughput figures were measured on"),
    assumed("assume.train_examples", "Labelled examples", 5000, "examples", "labelling",
            "the middle of the seed article's 1,000-10,000 range (claim.labelled_examples)", low=1000, high=10000),
    assumed("assume.tokens_per_example", "Tokens per training example", 1000, "tokens", "training_rules",
            "a prompt plus a worked answer"),
    assumed("assume.epochs", "Passes over the training data", 3, "epochs", "training_rules",
            "a common choice for small supervised fine-tuning sets"),
    assumed("assume.hp_runs", "Training runs per cycle (hyperparameter search)", 3, "runs", "training_rules",
            "a small search over learning rate or epochs before keeping one model"),
    assumed("assume.retrains_per_year", "Training cycles per year, the first included", 4, "cycles/year",
            "training_rules", "retraining once a quarter"),
    assumed("assume.new_examples_share", "Share of examples newly labelled for each retrain", 0.2, "share",
            "labelling", "a fifth of the training set is added or relabelled for each retrain"),
    assumed("assume.mfu", "Model FLOPs utilisation of a fine-tuning run", 0.35, "share", "gpu_specs",
            "no source measures utilisation for fine-tuning on 1-8 GPUs; this figure's range is common "
            "folklore, a little under the range Meta reports for Llama 3 pretraining "
            "(gpu.mfu.llama3_405b_pretraining)",
            low=0.30, high=0.40),
    assumed("assume.run_overhead_hours", "Billed hours per run spent not training", 1, "hours", "training_rules",
            "setup, model download, loading, checkpoints and evaluation take about an hour per run"),
    assumed("assume.ft_eng_hours_per_cycle", "Engineering hours per training cycle", 40, "hours", "engineering",
            "about one engineer-week per cycle for data curation, evaluation and release"),
    assumed("assume.eng_hourly_rate", "Cost of an engineering hour", 100, "USD/hour", "engineering",
            "a round loaded hourly cost for an ML engineer; use your own"),
)
