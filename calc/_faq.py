"""FAQ entries as data: the questions an engineer writing an RFC asks, with stable anchors.

Anchors are pinned here and never derived from the question text: they are cited from outside
the site, so an anchor, once published, is never renamed or removed (reword the question freely).

Text fields are Markdown and may hold tokens that the renderer replaces with rendered numbers:
``[[fig:ID]]`` (a figure, with its source) and ``[[out:PRESET:OUTPUT]]`` (an estimate output for
a preset, or ``default`` for the edition's defaults). No number is typed here by hand, and no
study's address or finding either: ``study_finding`` and ``study_cite`` write them from the
records of calc._studies. Links to the site are site-relative without a leading slash
(``guide/#when-rag-wins``); keep the Markdown simple: paragraphs, links, ``code`` and *emphasis*.
"""

from __future__ import annotations

from dataclasses import dataclass

from ._studies import study_cite, study_finding

__all__ = ["FAQ", "FAQ_BY_ANCHOR", "FaqEntry"]


@dataclass(frozen=True, slots=True, kw_only=True)
class FaqEntry:
    """One question and its answer; ``short_answer`` is a single quotable sentence."""

    anchor: str
    question: str
    short_answer: str
    body: str
    calculator_link: str
    related: tuple[str, ...] = ()


FAQ: tuple[FaqEntry, ...] = (
    FaqEntry(
        anchor="what-is-the-difference-between-rag-and-fine-tuning",
        question="What is the difference between RAG and fine-tuning?",
        short_answer=(
            "RAG gives a model the right documents at the moment it answers, while fine-tuning "
            "trains the model itself to behave differently, so RAG fixes missing or stale "
            "knowledge and fine-tuning fixes format, tone and task behaviour."
        ),
        body=(
            "Retrieval-augmented generation embeds your documents, finds the passages closest to "
            "each question and puts them into the prompt; the model is unchanged. Fine-tuning "
            "continues training a model on labelled examples of the inputs and outputs you want, "
            "and the result is a new model.\n\n"
            "A practical test: paste the right document into the prompt of a failing case by hand. "
            "If the answer becomes right, the problem is knowledge and retrieval will help; if it "
            "stays wrong in the same way, the problem is behaviour. The "
            "[decision guide](guide/#knowledge-versus-behaviour) walks through both."
        ),
        calculator_link="calculator/",
        related=(
            "which-is-more-accurate-rag-or-fine-tuning",
            "can-fine-tuning-teach-a-model-new-facts",
        ),
    ),
    FaqEntry(
        anchor="how-much-does-rag-cost-compared-to-fine-tuning",
        question="How much does RAG cost compared to fine-tuning?",
        short_answer=(
            "For the default workload of [[fig:assume.queries_per_month]] over "
            "[[fig:assume.months]], RAG costs [[out:default:rag.tco]] in total against "
            "[[out:default:finetune.tco]] for fine-tuning and [[out:default:hybrid.tco]] for both."
        ),
        body=(
            "The two spend money in different places. RAG pays on every query for the retrieved "
            "context in the prompt, plus a vector store, embeddings, orchestration and the "
            "engineering that keeps retrieval healthy. Fine-tuning pays up front and at every "
            "retrain: labelled examples, training runs, evaluation and release work, then a "
            "shorter prompt on every query.\n\n"
            "So the answer depends on volume. At low volume the fixed costs of fine-tuning "
            "dominate; at high volume the per-query context of RAG does. In the default scenario "
            "the totals cross at [[out:default:break_even_queries_per_month]]. "
            "Labour is usually the largest line on both sides, so put your own engineering rate "
            "and hours into the calculator before quoting any total."
        ),
        calculator_link="calculator/?preset=support-chatbot",
        related=(
            "what-does-the-break-even-volume-mean",
            "what-does-a-vector-database-cost-at-our-size",
            "what-does-a-fine-tuning-run-cost",
        ),
    ),
    FaqEntry(
        anchor="can-a-long-context-replace-rag",
        question="Can a long context window replace RAG?",
        short_answer=(
            "For a small corpus that changes seldom, yes on cost: the handbook-assistant example "
            "costs [[out:handbook-assistant:long_context.tco]] with the whole corpus in a cached "
            "prompt against [[out:handbook-assistant:rag.tco]] with retrieval, but only while it fits "
            "in the window and the volume stays below "
            "[[out:handbook-assistant:crossover.long_context.rag]]."
        ),
        body=(
            "Long context drops the retrieval index, the vector store and most of the engineering "
            "around them, and pays instead for the whole corpus on every query, at the cached-input "
            "price when the provider caches it. That trade wins when the corpus is small and the "
            "volume moderate; it stops being possible when the corpus and the prompt no longer fit "
            "in the window. The default scenario's corpus of [[out:default:scenario.corpus_tokens]] "
            "does not: [[out:default:long_context.infeasible_reason]].\n\n"
            "It is also slower: the provider reads the cached prefix before the first token "
            "([[fig:latency.long_context.cached_100k_ttft]] for a cached prompt of "
            "[[fig:rule.long_context.ttft_reference_tokens]]), so the handbook example answers in "
            "[[out:handbook-assistant:long_context.latency_ms]] against "
            "[[out:handbook-assistant:rag.latency_ms]] with retrieval. And an answer from a long "
            "context cannot cite the passage it used the way retrieval can; check its quality on "
            "your own evaluation set. The guide says [when long context wins](guide/#when-long-context-wins)."
        ),
        calculator_link="calculator/?preset=handbook-assistant",
        related=(
            "how-does-prompt-caching-change-the-cost",
            "how-much-does-rag-cost-compared-to-fine-tuning",
        ),
    ),
    FaqEntry(
        anchor="how-does-prompt-caching-change-the-cost",
        question="How does prompt caching change the cost of RAG and fine-tuning?",
        short_answer=(
            "Caching bills the repeated start of a prompt (instructions, examples, a long document) at "
            "the provider's cached-input price, "
            "[[fig:api.together.qwen35_9b.cached_input]] against [[fig:api.together.qwen35_9b.input]] "
            "for the default model, so it cuts what a long static prompt costs; retrieved context "
            "changes with every question and is never cached."
        ),
        body=(
            "The estimate bills a share of each approach's static prompt at the cached price (the "
            "default scenario assumes [[fig:assume.cached_prompt_share]] of it), adds the provider's "
            "premium for writing the cache where one is listed, and caches nothing below the "
            "provider's minimum prefix length. Three things follow.\n\n"
            "It narrows fine-tuning's classic advantage. A tuned model saves money by sending a "
            "shorter prompt; with caching, the long prompt it replaces was already cheap. "
            "It does nothing for a model billed by the hour: the default fine-tuned model runs on a "
            "dedicated endpoint, so its bill is the endpoint's hours, cached or not. "
            "And it is what makes [long context](faq/#can-a-long-context-replace-rag) affordable at "
            "all: the whole corpus is a static prefix.\n\n"
            "Set `cached_prompt_share` to 0 in the calculator to see your scenario without caching; "
            "the [methodology](methodology/) gives the formula."
        ),
        calculator_link="calculator/?cached_prompt_share=0",
        related=(
            "can-a-long-context-replace-rag",
            "should-we-self-host-or-use-an-api",
        ),
    ),
    FaqEntry(
        anchor="how-sure-are-these-numbers",
        question="How sure are these cost estimates?",
        short_answer=(
            "Each figure has a range, and the estimator draws every input from its range "
            "[[out:default:uncertainty.draws]] times: for the default scenario RAG's total falls between "
            "[[out:default:uncertainty.approaches.rag.tco.p10]] and "
            "[[out:default:uncertainty.approaches.rag.tco.p90]] in eight draws of ten, and RAG is the "
            "cheapest in [[out:default:uncertainty.p_cheapest.rag]] of them."
        ),
        body=(
            "The ranges come from the sources where they can (the spread of prices across providers of "
            "the same GPU, a plan's tiers, the spread of published measurements) and are argued where the "
            "figure is an assumption; the cost tables give each range and its basis. Exact facts, such "
            "as a GPU's memory or a model's list price, do not vary.\n\n"
            "The calculator shows the band of each approach, the chance that each is the cheapest, the "
            "inputs that move the answer most and the value at which each would change it. For the "
            "default scenario: [[out:default:uncertainty.flips.1]] The guide explains "
            "[how the ranges are read](guide/#how-sure-are-the-numbers); give any field a range of your "
            "own as `low..high`."
        ),
        calculator_link="calculator/?queries_per_month=50000..400000",
        related=(
            "how-much-does-rag-cost-compared-to-fine-tuning",
            "how-fresh-are-the-prices-and-how-do-we-cite-this-site",
        ),
    ),
    FaqEntry(
        anchor="which-is-more-accurate-rag-or-fine-tuning",
        question="Which is more accurate, RAG or fine-tuning?",
        short_answer=(
            "For questions of fact RAG is usually more accurate, especially for new or rarely "
            "mentioned facts, while fine-tuning is more accurate at following a format, a style "
            "or a narrow task, and published studies find the two gains add up when combined."
        ),
        body=(
            f"{study_finding('ovadia2023', expand=False)} {study_finding('soudani2024', expand=False)} "
            f"{study_finding('balaguer2024', expand=False)}\n\n"
            "Accuracy is task-specific: build a small evaluation set from real questions before "
            "choosing, and measure both. The guide summarises "
            "[what the studies found](guide/#what-the-studies-found)."
        ),
        calculator_link="calculator/?preset=contract-analysis",
        related=(
            "can-fine-tuning-teach-a-model-new-facts",
            "when-does-a-hybrid-of-rag-and-fine-tuning-pay-off",
        ),
    ),
    FaqEntry(
        anchor="how-long-does-fine-tuning-take",
        question="How long does fine-tuning take?",
        short_answer=(
            "A LoRA run on a small open model takes hours rather than days (the self-hosted "
            "coding-assistant example trains for "
            "[[out:coding-assistant:finetune.training.wall_clock_hours]] per run), while the "
            "calendar time of a whole cycle is set by data preparation and evaluation."
        ),
        body=(
            "Training time grows with model size, the number of training tokens (examples times "
            "tokens per example times epochs) and the method: a full fine-tune costs about "
            "[[fig:rule.flops_factor.full]] against [[fig:rule.flops_factor.lora]] for LoRA, and "
            "needs far more GPU memory. The estimator turns that work into GPU-hours with the "
            "GPU's peak throughput and an assumed utilisation of [[fig:assume.mfu]], then adds "
            "[[fig:assume.run_overhead_hours]] per run for setup, loading and checkpoints.\n\n"
            "Hosted fine-tuning APIs bill per training token and do not promise a duration; jobs "
            "usually queue before they start. Either way, the engineering around a run (curating "
            "examples, evaluating, releasing) is where the days go: the default scenario budgets "
            "[[fig:assume.ft_eng_hours_per_cycle]] of engineering per training cycle."
        ),
        calculator_link="calculator/?preset=coding-assistant",
        related=(
            "what-does-a-fine-tuning-run-cost",
            "how-often-should-we-retrain-a-fine-tuned-model",
            "how-much-does-qlora-save",
        ),
    ),
    FaqEntry(
        anchor="what-are-the-latency-differences-between-rag-and-fine-tuning",
        question="What are the latency differences between RAG and fine-tuning?",
        short_answer=(
            "Retrieval adds [[out:default:rag.added_latency_ms]] to every query in the default "
            "scenario, mostly the round trip to the embedding API, while a fine-tuned model adds "
            "nothing and can answer from a shorter prompt."
        ),
        body=(
            "Before a RAG system can generate, it embeds the question (an API round trip of about "
            "[[fig:latency.query_embedding.api]], a low-confidence anecdotal figure), searches the "
            "vector index (about [[fig:latency.hnsw.1m_1536.mean]] for a million vectors), "
            "optionally reranks, and then the model has to read the retrieved chunks before its "
            "first output token.\n\n"
            "End to end, the default scenario's answer takes [[out:default:rag.latency_ms]] with "
            "RAG and [[out:default:finetune.latency_ms]] fine-tuned: generating the answer dominates "
            "both, and the fine-tuned model on a dedicated endpoint produces tokens at the rate "
            "measured under load ([[fig:latency.itl.llama31_8b_fp8.h100]] for a model of "
            "[[fig:assume.serving_reference_params_b]] parameters, scaled by size), slower than the "
            "shared API. The guide explains the [whole latency budget](guide/#latency-budget); "
            "retrieval matters most for short answers and tight interactive budgets, see "
            "[how to cut retrieval latency](faq/#how-can-we-cut-retrieval-latency)."
        ),
        calculator_link="calculator/",
        related=("how-can-we-cut-retrieval-latency", "should-we-self-host-or-use-an-api"),
    ),
    FaqEntry(
        anchor="how-many-examples-does-fine-tuning-need",
        question="How many labelled examples does fine-tuning need?",
        short_answer=(
            "Plan for a few thousand good examples of the exact behaviour you want (the default "
            "scenario assumes [[fig:assume.train_examples]]), and expect their quality to matter "
            "more than their number."
        ),
        body=(
            "Hosted fine-tuning services accept very small data sets, and a narrow formatting task "
            "can improve with a few hundred examples, but a behaviour that has to hold across real "
            "traffic needs coverage of the cases that traffic contains. Start with a few hundred, "
            "measure on a held-out evaluation set, and add examples where the model still fails.\n\n"
            "Every example has to be written or reviewed by someone who knows the right answer. "
            "At [[fig:labelling.sft_example]], a low-confidence figure, the default "
            "data set costs [[out:default:finetune.breakdown.labelling]] to label over the "
            "horizon, retraining included."
        ),
        calculator_link="calculator/?preset=high-volume-classifier",
        related=("what-does-labelled-data-cost", "can-fine-tuning-teach-a-model-new-facts"),
    ),
    FaqEntry(
        anchor="how-much-does-qlora-save",
        question="What does QLoRA save compared to LoRA or a full fine-tune?",
        short_answer=(
            "QLoRA mainly saves GPU memory, about [[fig:rule.bytes_per_param.qlora]] "
            "against [[fig:rule.bytes_per_param.lora]] for LoRA and "
            "[[fig:rule.bytes_per_param.full]] for a full fine-tune, which lets a larger model "
            "train on fewer, cheaper GPUs."
        ),
        body=(
            "A full fine-tune with the Adam optimiser keeps weights, gradients and optimiser "
            "state for every parameter. LoRA freezes the weights and trains small adapter "
            "matrices, so the frozen weights are the main cost; QLoRA stores those frozen weights "
            f"in four-bit form ({study_cite('qlora2023', 'the QLoRA paper')}). The compute "
            "per training token is similar for LoRA and QLoRA, so the saving shows up as fewer "
            "GPUs, or a smaller GPU, rather than a shorter run.\n\n"
            "The estimator sizes the GPUs from these rules and the GPU's memory "
            "([[fig:gpu.h100_sxm.memory_gb]] for an H100): compare `method=full` with "
            "`method=qlora` on a large model in the calculator and watch the GPU count and the "
            "cost per cycle."
        ),
        calculator_link="calculator/?preset=gpu-h100-aws-p5",
        related=("what-does-a-fine-tuning-run-cost", "how-long-does-fine-tuning-take"),
    ),
    FaqEntry(
        anchor="how-often-should-we-retrain-a-fine-tuned-model",
        question="How often should we retrain a fine-tuned model?",
        short_answer=(
            "Retrain when the behaviour you need changes or when evaluation on recent traffic "
            "shows drift, not on a fixed calendar; the default scenario assumes "
            "[[fig:assume.retrains_per_year]]."
        ),
        body=(
            "Each cycle repeats most of the work of the first: new examples (the default scenario "
            "labels [[fig:assume.new_examples_share]] of the data set afresh), the training runs "
            "of a small hyperparameter search, an evaluation and a release. In the default "
            "scenario one cycle costs [[out:default:finetune.training.cost_per_cycle]] in "
            "training alone.\n\n"
            "If you find yourself retraining to keep facts current, that is a sign the facts "
            "belong in retrieval. Fine-tuned behaviour tends to stay useful far longer than "
            "fine-tuned knowledge; a new base model release is often the better trigger for a "
            "retrain."
        ),
        calculator_link="calculator/?preset=support-chatbot",
        related=(
            "how-do-we-keep-a-knowledge-base-up-to-date",
            "can-fine-tuning-teach-a-model-new-facts",
        ),
    ),
    FaqEntry(
        anchor="what-does-a-vector-database-cost-at-our-size",
        question="What does a vector database cost at our size?",
        short_answer=(
            "For most teams a managed vector store costs little more than its plan minimum of "
            "[[fig:vdb.pinecone.standard.minimum]], because a corpus of millions of "
            "chunks fits in a few gigabytes."
        ),
        body=(
            "Storage is priced by size: a chunk's vector takes four bytes per dimension, so the "
            "default corpus of [[fig:assume.corpus_tokens]] in chunks of "
            "[[fig:assume.chunk_tokens]], at [[fig:embed.openai.te3_small.dims]], "
            "stays small at [[fig:vdb.pinecone.standard.storage]]. "
            "Reads are priced per query and grow with the index size, at "
            "[[fig:vdb.pinecone.standard.reads]].\n\n"
            "Over the default horizon the vector store comes to "
            "[[out:default:rag.breakdown.vector_db]], less than the orchestration "
            "([[out:default:rag.breakdown.orchestration]]) and far less than the engineering time. "
            "The [costs page](costs/) lists other vector stores and their pricing rules."
        ),
        calculator_link="calculator/?preset=support-chatbot",
        related=("how-much-does-rag-cost-compared-to-fine-tuning",),
    ),
    FaqEntry(
        anchor="can-fine-tuning-teach-a-model-new-facts",
        question="Can fine-tuning teach a model new facts?",
        short_answer=(
            "Only unreliably: models pick up new facts from fine-tuning slowly and unevenly, "
            "and they cannot say where a fact came from, so facts belong in retrieval and "
            "fine-tuning is for behaviour."
        ),
        body=(
            f"{study_finding('ovadia2023', detail=True, expand=False)} "
            f"{study_finding('anyscale_form_not_facts', expand=False)}\n\n"
            "A fine-tuned model can also learn to *sound* authoritative about a topic without "
            "knowing it, which is worse than not answering. Keep facts in documents the system "
            "can retrieve and cite."
        ),
        calculator_link="calculator/?preset=contract-analysis",
        related=(
            "which-is-more-accurate-rag-or-fine-tuning",
            "do-rag-or-fine-tuning-reduce-hallucinations",
        ),
    ),
    FaqEntry(
        anchor="when-does-a-hybrid-of-rag-and-fine-tuning-pay-off",
        question="When does a hybrid of RAG and fine-tuning pay off?",
        short_answer=(
            "A hybrid pays off only when you need both current, citable facts and a trained "
            "behaviour, because it always costs more than fine-tuning alone "
            "([[out:default:hybrid.tco]] against [[out:default:finetune.tco]] in the default "
            "scenario)."
        ),
        body=(
            "The hybrid carries every cost of both approaches, and its prompts carry retrieved "
            "context at the fine-tuned model's token price. In the model behind this site it is "
            "never cheaper than fine-tuning alone; it is a choice made for quality.\n\n"
            "It is worth it when an evaluation shows that retrieval alone leaves a behaviour gap "
            "(format, procedure, tone) and fine-tuning alone leaves a knowledge gap, and when "
            "wrong or badly formed answers cost you more than the difference. See "
            "[what the hybrid costs](guide/#what-the-hybrid-costs)."
        ),
        calculator_link="calculator/?preset=contract-analysis",
        related=(
            "how-much-does-rag-cost-compared-to-fine-tuning",
            "which-is-more-accurate-rag-or-fine-tuning",
        ),
    ),
    FaqEntry(
        anchor="how-can-we-cut-retrieval-latency",
        question="How can we cut retrieval latency?",
        short_answer=(
            "Start with the query embedding, about [[fig:latency.query_embedding.api]] per call "
            "to a hosted API and usually the largest retrieval step, then trim the retrieved "
            "context, because the vector search itself takes only about "
            "[[fig:latency.hnsw.1m_1536.mean]]."
        ),
        body=(
            "Run the embedding model next to your application (a small embedding model on a CPU "
            "or the serving GPU avoids the network round trip), cache embeddings of frequent "
            "questions, and issue the embedding call in parallel with any other pre-processing.\n\n"
            "Then look at the context: every retrieved chunk is prompt the model must read before "
            "its first token. Fewer, better chunks (a reranker, when it pays for its own latency) "
            "and smaller chunks cut time to first token and token cost together. Set "
            "`query_embedding_ms`, `retrieved_chunks` and `rerank_ms` in the calculator to see "
            "the effect."
        ),
        calculator_link="calculator/?preset=coding-assistant",
        related=(
            "what-are-the-latency-differences-between-rag-and-fine-tuning",
            "should-we-self-host-or-use-an-api",
        ),
    ),
    FaqEntry(
        anchor="should-we-self-host-or-use-an-api",
        question="Should we self-host the model or use an API?",
        short_answer=(
            "Use an API until your volume keeps a GPU busy, because a self-hosted replica bills "
            "every hour of the month (an H100 on AWS costs [[fig:gpu.h100_sxm.aws_p5.price]]) "
            "whether or not it serves queries."
        ),
        body=(
            "An API bills per token, so a quiet month costs little. A rented GPU bills "
            "[[fig:rule.hours_per_month]] a month per replica; it becomes the cheaper "
            "option only when enough traffic flows through it. One H100 serving a small open "
            "model (the default scenario's has [[fig:assume.model_params_b]]) "
            "can produce about [[fig:throughput.decode.llama31_8b_fp8.h100]] of output under "
            "batched load, far more than most internal tools use.\n\n"
            "Self-hosting also decides how you fine-tune: a model tuned through a hosted API "
            "stays on that API, while open weights tuned on your GPUs can be served anywhere. "
            "Compare both in the calculator by switching `serving` and `training`."
        ),
        calculator_link="calculator/?preset=high-volume-classifier",
        related=("how-long-does-fine-tuning-take", "what-does-a-fine-tuning-run-cost"),
    ),
    FaqEntry(
        anchor="what-does-the-break-even-volume-mean",
        question="What does the break-even volume mean?",
        short_answer=(
            "The break-even volume is the number of queries a month at which RAG and fine-tuning "
            "cost the same over the whole horizon, all else held equal: "
            "[[out:default:break_even_queries_per_month]] in the default scenario."
        ),
        body=(
            "Fine-tuning has higher fixed costs (labelling, training, evaluation) and, without "
            "retrieved context, a lower cost per query; RAG the other way round. As volume "
            "grows, the per-query difference eventually pays for the fixed costs. The estimator "
            "finds that point by searching over first-month volume with every other input fixed.\n\n"
            "It can be missing: if one approach is cheaper at every volume (for example when "
            "the fine-tuned model's token prices are much higher than the base model's), there is "
            "no break-even and the calculator says so. It is a cost comparison only; it says "
            "nothing about which approach answers better."
        ),
        calculator_link="calculator/?preset=high-volume-classifier",
        related=("how-much-does-rag-cost-compared-to-fine-tuning",),
    ),
    FaqEntry(
        anchor="how-fresh-are-the-prices-and-how-do-we-cite-this-site",
        question="How fresh are the prices, and how do we cite this site?",
        short_answer=(
            "Every figure carries its own source and date (hover or focus it to see them), and "
            "a calculator permalink names the data edition it was computed with, so a link "
            "pasted into an RFC keeps showing the same numbers."
        ),
        body=(
            "Prices are collected into dated editions. A released edition is never edited; newer "
            "prices arrive as a new edition, and the newest is the default. The "
            "[sources page](sources/) lists every figure with its source, date, confidence and "
            "whether it is sourced, derived or an assumption.\n\n"
            "To cite an answer, link its anchor (the link icon next to each question): anchors on "
            "this page are kept stable. To cite numbers, link a calculator permalink rather than "
            "copying figures, and say which edition it used."
        ),
        calculator_link="calculator/",
        related=("what-does-the-break-even-volume-mean",),
    ),
    FaqEntry(
        anchor="what-does-a-fine-tuning-run-cost",
        question="What does a fine-tuning run cost?",
        short_answer=(
            "The compute is often the smallest part: one training cycle in the default scenario "
            "costs [[out:default:finetune.training.cost_per_cycle]] through a hosted API, while "
            "labelling and engineering over the horizon come to "
            "[[out:default:finetune.breakdown.labelling]] and "
            "[[out:default:finetune.breakdown.engineering]]."
        ),
        body=(
            "Hosted fine-tuning bills per training token: examples times tokens per example times "
            "epochs, at [[fig:ft.gpt_4_1_mini.training]] for a small OpenAI model, multiplied "
            "by the runs of a hyperparameter search ([[fig:assume.hp_runs]] in the default "
            "scenario). Self-hosted training bills GPU "
            "hours, and grows with model size and method.\n\n"
            "Large models change the picture. A full fine-tune of a model with tens of billions "
            "of parameters needs several GPUs just to hold its optimiser state; the "
            "[claims page](claims/) tests commonly quoted per-run figures against the model "
            "under stated assumptions."
        ),
        calculator_link="calculator/?preset=coding-assistant",
        related=("how-much-does-qlora-save", "how-long-does-fine-tuning-take"),
    ),
    FaqEntry(
        anchor="how-do-we-keep-a-knowledge-base-up-to-date",
        question="How do we keep the model's knowledge up to date?",
        short_answer=(
            "With RAG you re-embed the documents that changed, which takes minutes and costs "
            "little, whereas a fine-tuned model only learns new facts by going through another "
            "training cycle."
        ),
        body=(
            "The default scenario re-embeds [[fig:assume.corpus_churn]] of its corpus every month "
            "at [[fig:embed.openai.te3_small.price]]; all its embedding over "
            "the horizon costs [[out:default:rag.breakdown.embeddings]]. Updates can run "
            "continuously from the system where documents are edited.\n\n"
            "A retrain means new examples, training runs, evaluation and a release, so its "
            "turnaround is hours at best and usually days. Teams that need fresh facts in a "
            "fine-tuned system add retrieval rather than retraining faster."
        ),
        calculator_link="calculator/?preset=support-chatbot",
        related=(
            "how-often-should-we-retrain-a-fine-tuned-model",
            "can-fine-tuning-teach-a-model-new-facts",
        ),
    ),
    FaqEntry(
        anchor="do-rag-or-fine-tuning-reduce-hallucinations",
        question="Do RAG or fine-tuning reduce hallucinations?",
        short_answer=(
            "Retrieval reduces made-up facts when it finds the right passage and lets a reader "
            "check the answer against it, while fine-tuning mainly reduces malformed or "
            "off-policy answers, and neither removes hallucination."
        ),
        body=(
            "Grounding helps only as much as retrieval works: a wrong or missing passage can "
            "still produce a confident wrong answer, so measure retrieval quality on its own. "
            "Fine-tuning can teach a model to say it does not know, or to stay within a "
            "procedure, but it can also teach it to sound sure about facts it half-learned.\n\n"
            "Precise figures for how much a hybrid cuts hallucinations circulate without a "
            "published method behind them; the [claims page](claims/) explains why this site "
            "does not endorse them."
        ),
        calculator_link="calculator/?preset=contract-analysis",
        related=(
            "can-fine-tuning-teach-a-model-new-facts",
            "which-is-more-accurate-rag-or-fine-tuning",
        ),
    ),
    FaqEntry(
        anchor="what-does-labelled-data-cost",
        question="What does labelled data for fine-tuning cost?",
        short_answer=(
            "Written examples cost from cents to a few dollars each depending on who writes "
            "them; the default scenario assumes [[fig:labelling.sft_example]], a "
            "low-confidence figure you should replace with your own."
        ),
        body=(
            "Simple classification labels from a crowd-work platform are cheap; a full, "
            "reviewed answer from a domain expert can cost far more than the default. Count "
            "review time as well as writing time, and the share of examples you relabel at every "
            "retrain ([[fig:assume.new_examples_share]] in the default scenario).\n\n"
            "A cheaper source is your own traffic: answers that users or support staff have "
            "already corrected are examples of the behaviour you want, once checked."
        ),
        calculator_link="calculator/?preset=high-volume-classifier",
        related=(
            "how-many-examples-does-fine-tuning-need",
            "how-often-should-we-retrain-a-fine-tuned-model",
        ),
    ),
)

FAQ_BY_ANCHOR: dict[str, FaqEntry] = {entry.anchor: entry for entry in FAQ}
