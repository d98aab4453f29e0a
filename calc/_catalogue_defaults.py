"""The catalogue's default assumptions: the numbers this project chose for the default scenario.

Each says why it was chosen; the calculator lets a reader replace every one.
"""

from __future__ import annotations

from ._figures import assumed

__all__ = ["ASSUMED_DEFAULTS"]

# --- the defaults that are assumptions (the edition's default figure ids point at them) ----------
ASSUMED_DEFAULTS = (
    assumed("assume.queries_per_month", "Queries in the first month", 100000, "queries/month", "workload",
            "a mid-sized assistant; the seed article's own mid-tier example is 100,000 queries a month",
            low=20000, high=500000,
            range_basis="Assumption: from a pilot with one team to a company-wide assistant; volume forecasts before "
                        "launch are often off several times."),
    assumed("assume.growth_per_month", "Month-on-month growth of queries", 0, "share", "workload",
            "flat volume keeps the default easy to check by hand; enter your own growth",
            low=-0.05, high=0.15,
            range_basis="Assumption: from a slow decline after launch to fast early growth; flat volume, the value, "
                        "is plausible."),
    assumed("assume.months", "Horizon of the total cost of ownership", 12, "months", "workload",
            "one year, the usual budgeting period",
            low=6, high=36,
            range_basis="Assumption: from a half-year pilot budget to a three-year platform decision; the horizon is "
                        "the reader's choice more than an uncertainty."),
    assumed("assume.prompt_tokens", "Input tokens per query, without retrieved context", 500, "tokens", "workload",
            "a short system prompt and a user question",
            low=200, high=3000,
            range_basis="Assumption: from a short system line and a question to the instructions, examples and tool "
                        "descriptions production prompts often carry."),
    assumed("assume.output_tokens", "Output tokens per query", 250, "tokens", "workload",
            "an answer of a few short paragraphs",
            low=100, high=800,
            range_basis="Assumption: from a short answer to a long, structured one."),
    assumed("assume.ft_hosting_per_hour", "Hourly fee for keeping a fine-tuned deployment up", 0, "USD/hour",
            "finetune_prices",
            "OpenAI charges no hourly fee for serving a fine-tuned model; Azure OpenAI does charge one "
            "for a deployed fine-tuned model, used or not (learn.microsoft.com, manage costs)",
            confidence="medium"),
    assumed("assume.gpus_per_instance", "Smallest number of GPUs rented at once", 1, "GPUs", "gpu_prices",
            "many GPU clouds rent single GPUs; the AWS P-instance presets set 8"),
    assumed("assume.serving_gpus_per_replica", "GPUs in one serving replica", 1, "GPUs", "throughput",
            "an 8B model fits on one H100 or A100 80GB with room for its KV cache",
            low=1, high=2,
            range_basis="Assumption: one GPU holds a 9B model; two only for long contexts or lower latency."),
    assumed("assume.serving_min_replicas", "Replicas kept up all month", 1, "replicas", "throughput",
            "one replica always on, so the service answers without a cold start",
            low=1, high=2,
            range_basis="Assumption: one replica always up, or two for a service that must survive losing one."),
    assumed("assume.corpus_tokens", "Tokens in the knowledge base", 50000000, "tokens", "workload",
            "a mid-sized knowledge base, for example 100,000 pages of about 500 tokens",
            low=5000000, high=500000000,
            range_basis="Assumption: from one product's documentation to a company's wiki, tickets and files; teams "
                        "often misjudge their corpus several times over before ingesting it."),
    assumed("assume.corpus_churn", "Share of the corpus re-embedded each month", 0.10, "share", "workload",
            "about a tenth of the documents change in a month",
            low=0.02, high=0.3,
            range_basis="Assumption: from a reference library that rarely changes to product docs rewritten every "
                        "release (the workload presets span the same)."),
    assumed("assume.chunk_tokens", "Tokens per chunk", 512, "tokens", "embeddings",
            "a common chunk size in RAG tutorials and framework examples",
            low=256, high=1024,
            range_basis="Assumption: common chunk sizes, from a few hundred tokens in tutorials to the 1,024 that "
                        "LlamaIndex and Vertex AI RAG Engine use by default."),
    assumed("assume.retrieved_chunks", "Chunks put into each prompt (k)", 5, "chunks", "embeddings",
            "top-5 retrieval, a common starting point",
            low=2, high=10,
            range_basis="Assumption: framework defaults run from two (LlamaIndex) to four (LangChain); answer "
                        "quality often pushes teams to ten."),
    assumed("assume.orchestration_monthly", "App servers, queues and monitoring for retrieval", 300, "USD/month",
            "engineering", "a few small always-on servers, a queue and monitoring",
            low=100, high=2000,
            range_basis="Assumption: from one small server to a managed stack with queues, tracing and evaluation "
                        "tools billed per seat or per event."),
    assumed("assume.rag_eng_hours_per_month", "Engineering hours a month to keep retrieval healthy", 8, "hours/month",
            "engineering", "about one working day a month on ingestion, evaluation and fixes",
            low=2, high=40,
            range_basis="Assumption: from an occasional fix to a quarter of an engineer on ingestion failures, "
                        "evaluation and re-indexing, which production retrieval often needs."),
    assumed("assume.rerank_ms", "Reranker latency", 0, "ms", "latency",
            "no reranker by default; a hosted reranker adds the time measured in "
            "latency.rerank.cohere_3_5.dedicated",
            low=0, high=0,
            range_basis="Exact: the default pipeline has no reranker; adding one is a design choice "
                        "([[fig:latency.rerank.cohere_3_5.dedicated]] when made), not an uncertainty."),
    assumed("assume.model_params_b", "Parameters of the model being tuned", 8, "billion parameters",
            "training_rules", "an 8B open model, the size the serving throughput figures were measured on"),
    assumed("assume.train_examples", "Labelled examples", 5000, "examples", "labelling",
            "the middle of the seed article's 1,000-10,000 range (claim.labelled_examples)", low=1000, high=10000,
            range_basis="The seed article's own range of labelled examples (claim.labelled_examples); an assumption "
                        "for any one task."),
    assumed("assume.tokens_per_example", "Tokens per training example", 1000, "tokens", "training_rules",
            "a prompt plus a worked answer",
            low=300, high=4000,
            range_basis="Assumption: from a short classification pair to a long document with a worked answer."),
    assumed("assume.epochs", "Passes over the training data", 3, "epochs", "training_rules",
            "a common choice for small supervised fine-tuning sets",
            low=1, high=5,
            range_basis="Assumption: one pass for a large, clean set to five for a small one."),
    assumed("assume.hp_runs", "Training runs per cycle (hyperparameter search)", 3, "runs", "training_rules",
            "a small search over learning rate or epochs before keeping one model",
            low=1, high=10,
            range_basis="Assumption: from a single run on a known recipe to a proper search over learning rate, "
                        "epochs and data mixes."),
    assumed("assume.retrains_per_year", "Training cycles per year, the first included", 4, "cycles/year",
            "training_rules", "retraining once a quarter",
            low=1, high=12,
            range_basis="Assumption: from a yearly refresh to a monthly one for fast-changing data; the first cycle "
                        "is always counted."),
    assumed("assume.new_examples_share", "Share of examples newly labelled for each retrain", 0.2, "share",
            "labelling", "a fifth of the training set is added or relabelled for each retrain",
            low=0.05, high=0.5,
            range_basis="Assumption: from a few corrections per retrain to half the set relabelled when the task or "
                        "the data drifts."),
    assumed("assume.mfu", "Model FLOPs utilisation of a fine-tuning run", 0.35, "share", "gpu_specs",
            "no source measures utilisation for fine-tuning on 1-8 GPUs; this figure's range is common "
            "folklore, a little under the range Meta reports for Llama 3 pretraining "
            "(gpu.mfu.llama3_405b_pretraining)",
            low=0.30, high=0.40,
            range_basis="Assumption: common folklore for fine-tuning on a few GPUs, a little below Llama 3 "
                        "pretraining ([[fig:gpu.mfu.llama3_405b_pretraining]]); small LoRA runs can do much worse "
                        "(see [[fig:rule.calibration.llama31_8b.implied_mfu]])."),
    assumed("assume.run_overhead_hours", "Billed hours per run spent not training", 1, "hours", "training_rules",
            "setup, model download, loading, checkpoints and evaluation take about an hour per run",
            low=0.5, high=4,
            range_basis="Assumption: from a cached, scripted setup to a run with downloads, evaluations and a "
                        "restart after a failure."),
    assumed("assume.ft_eng_hours_per_cycle", "Engineering hours per training cycle", 40, "hours", "engineering",
            "about one engineer-week per cycle for data curation, evaluation and release",
            low=16, high=160,
            range_basis="Assumption: from two days (a retrain on a settled pipeline) to an engineer-month (a first "
                        "cycle, new evaluations, a failed run); first cycles cost the most."),
    assumed("assume.eng_hourly_rate", "Cost of an engineering hour", 100, "USD/hour", "engineering",
            "a round loaded hourly cost for an ML engineer; use your own",
            low=50, high=250,
            range_basis="US wage data (BLS, as quoted by a 2026 salary guide) put a software developer's median wage "
                        "near two thirds of the value before benefits and overhead, and big-tech pay goes far above "
                        "it; teams outside the US pay less. An assumption."),
)
