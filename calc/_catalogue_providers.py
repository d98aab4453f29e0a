"""The catalogue's provider prices: hosted fine-tuning, LLM API tokens, embeddings and rerankers,
and vector databases.

Each source is declared once, as a ``Source``; the figures name it.
"""

from __future__ import annotations

from ._figures import GATHERED, UNDATED, Figure, Source, derived, sourced

__all__ = ["API_PRICES", "EMBEDDINGS", "FINETUNE_PRICES", "VECTOR_STORES"]

# --- sources --------------------------------------------------------------------------------------
OA = Source(
    ref="https://openai.com/api/pricing", title="OpenAI API pricing", as_of="2026-03",
    note="The stored copy of OpenAI's pricing page dates from about Q1 2026; 2026-03 is approximate. "
         "LiteLLM's price file lists the same price.",
)
LL = Source(
    ref="github:BerriAI/litellm model_prices_and_context_window.json", title="LiteLLM model price file",
    as_of="2026-04",
    note="LiteLLM's price file is undated; it lists models released 2026-04, so it is at least that recent.",
)
TOGETHER_FT = Source(ref="https://www.together.ai/pricing", title="Together AI pricing", as_of="2026-05-08")
TOGETHER_API = Source(ref="https://www.together.ai/pricing", title="Together AI pricing", as_of="2025-10-11")
OPENAI_TE3_SMALL = Source(ref="https://platform.openai.com/docs/models/text-embedding-3-small",
                          title="OpenAI model page: text-embedding-3-small", as_of=GATHERED, note=UNDATED)
OPENAI_TE3_LARGE = Source(ref="https://platform.openai.com/docs/models/text-embedding-3-large",
                          title="OpenAI model page: text-embedding-3-large", as_of=GATHERED, note=UNDATED)
VOYAGE = Source(ref="https://docs.voyageai.com/docs/pricing", title="Voyage AI pricing (via aggregators)",
                as_of=GATHERED, note=UNDATED)
COHERE = Source(ref="https://cohere.com/pricing", title="Cohere pricing (via aggregators)", as_of=GATHERED,
                note=UNDATED)
PINECONE_PRICING = Source(ref="https://www.pinecone.io/pricing/", title="Pinecone pricing", as_of="2026-11-04")
PINECONE_COST = Source(ref="https://docs.pinecone.io/guides/organizations/manage-cost/understanding-cost",
                       title="Pinecone docs: understanding cost", as_of=GATHERED, note=UNDATED)
WEAVIATE = Source(ref="https://weaviate.io/pricing", title="Weaviate pricing (via a listing)", as_of="2026-10-07")
ZILLIZ = Source(ref="https://docs.zilliz.com/docs/serverless-cluster-cost",
                title="Zilliz Cloud docs: serverless cluster cost", as_of=GATHERED, note=UNDATED)
QDRANT_SIZING = Source(ref="https://qdrant.tech/documentation/cloud/capacity-sizing",
                       title="Qdrant docs: capacity planning", as_of=GATHERED, note=UNDATED)
PGVECTOR = Source(ref="https://rivestack.io/pgvector-benchmarks",
                  title="Rivestack: managed pgvector benchmarks and tiers (vendor page)", as_of=GATHERED,
                  note=UNDATED)

_USD_MTOK = "USD/1M tokens"

# --- Hosted fine-tuning prices -----------------------------------------------------------
def _openai_ft(model_id: str, model: str, training: float, inp: float, cached: float, out: float,
               source: Source, confidence: str, note: str) -> tuple[Figure, ...]:
    base = "ft." + model_id
    return (
        sourced(base + ".training", model + " fine-tuning: training tokens", training, _USD_MTOK,
                "finetune_prices", source, confidence, note=note),
        sourced(base + ".input", model + " fine-tuned: input tokens", inp, _USD_MTOK,
                "finetune_prices", source, confidence, note=note),
        sourced(base + ".cached_input", model + " fine-tuned: cached input tokens", cached, _USD_MTOK,
                "finetune_prices", source, confidence, note=note),
        sourced(base + ".output", model + " fine-tuned: output tokens", out, _USD_MTOK,
                "finetune_prices", source, confidence, note=note),
    )


_LL_FT_NOTE = (
    LL.note + " The training price is read from a code comment in the file, not a price field."
)
_TOGETHER_NOTE = (
    "Ranges from a generated listing dated 2026-05-08 (they span LoRA vs full fine-tuning and SFT vs "
    "DPO); value is the midpoint. Together bills epochs x training tokens + evaluations x validation "
    "tokens, with no minimum (https://docs.together.ai/docs/fine-tuning-pricing)."
)
FINETUNE_PRICES = (
    _openai_ft("gpt_4_1", "gpt-4.1", 25.00, 3.00, 0.75, 12.00, OA, "high", OA.note)
    + _openai_ft("gpt_4_1_mini", "gpt-4.1-mini", 5.00, 0.80, 0.20, 3.20, OA, "high",
                 OA.note)
    + _openai_ft("gpt_4_1_nano", "gpt-4.1-nano", 1.50, 0.20, 0.05, 0.80, OA, "high",
                 OA.note)
    + _openai_ft("gpt_4o_2024_08_06", "gpt-4o-2024-08-06", 25.00, 3.75, 1.875, 15.00, LL,
                 "medium", _LL_FT_NOTE)
    + _openai_ft("gpt_4o_mini_2024_07_18", "gpt-4o-mini-2024-07-18", 3.00, 0.30, 0.15, 1.20, LL, "medium", _LL_FT_NOTE)
    + (
        sourced("ft.together.up_to_16b.training", "Together fine-tuning, models up to 16B: training tokens",
                0.915, _USD_MTOK, "finetune_prices", TOGETHER_FT, "low", low=0.48, high=1.35, note=_TOGETHER_NOTE),
        sourced("ft.together.17b_69b.training", "Together fine-tuning, models 17-69B: training tokens",
                2.81, _USD_MTOK, "finetune_prices", TOGETHER_FT, "low", low=1.50, high=4.12, note=_TOGETHER_NOTE),
        sourced("ft.together.70b_100b.training", "Together fine-tuning, models 70-100B: training tokens",
                5.45, _USD_MTOK, "finetune_prices", TOGETHER_FT, "low", low=2.90, high=8.00, note=_TOGETHER_NOTE),
    )
)

# --- LLM API token prices -------------------------------------------------------------------------
def _api(model_id: str, model: str, inp: float, out: float, source: Source, confidence: str,
         note: str) -> tuple[Figure, Figure]:
    return (
        sourced("api." + model_id + ".input", model + ": input tokens", inp, _USD_MTOK, "api_prices",
                source, confidence, note=note),
        sourced("api." + model_id + ".output", model + ": output tokens", out, _USD_MTOK, "api_prices",
                source, confidence, note=note),
    )


_LL_API_NOTE = LL.note + " OpenAI's pricing page (about Q1 2026) lists the same price."
API_PRICES = (
    _api("gpt_4o", "gpt-4o", 2.50, 10.00, LL, "high",
         _LL_API_NOTE + " The gpt-4o alias points at gpt-4o-2024-08-06.")
    + (
        sourced("api.gpt_4o.cached_input", "gpt-4o: cached input tokens", 1.25, _USD_MTOK, "api_prices",
                LL, "high", note=LL.note),
        sourced("api.openai.batch_discount", "OpenAI Batch API discount on token prices", 0.5, "share",
                "api_prices", OA, "high",
                note="Batch requests are billed at this discount off the usual token prices. " + OA.note),
    )
    + _api("gpt_4o_mini", "gpt-4o-mini", 0.15, 0.60, LL, "high", LL.note)
    + _api("gpt_4_1", "gpt-4.1", 2.00, 8.00, LL, "high", _LL_API_NOTE)
    + _api("gpt_4_1_mini", "gpt-4.1-mini", 0.40, 1.60, LL, "high", _LL_API_NOTE)
    + _api("gpt_4_1_nano", "gpt-4.1-nano", 0.10, 0.40, LL, "high", _LL_API_NOTE)
    + _api("claude_sonnet_4_5", "Claude Sonnet 4.5", 3.00, 15.00, LL, "high", LL.note)
    + _api("claude_haiku_4_5", "Claude Haiku 4.5", 1.00, 5.00, LL, "high", LL.note)
    + _api("llama_3_1_8b.fireworks", "Llama 3.1 8B on Fireworks", 0.10, 0.10, LL,
           "high", LL.note)
    + _api("llama_3_1_70b.together_turbo", "Llama 3.1 70B on Together (Turbo)", 0.88, 0.88,
           TOGETHER_API, "medium",
           "Taken from a third-party note dated 2025-10-11.")
)

# --- Embedding and reranker prices ----------------------------------------------------------------
_AGGREGATORS = ("Price as listed by API price aggregators (secondary); the vendor's page is where to "
                "check it. " + UNDATED)
EMBEDDINGS = (
    sourced("embed.openai.te3_small.price", "OpenAI text-embedding-3-small", 0.02, _USD_MTOK, "embeddings",
            OPENAI_TE3_SMALL, "high", note=OPENAI_TE3_SMALL.note,
            low=0.01, high=0.02,
            range_basis="OpenAI's Batch API price (this price less [[fig:api.openai.batch_discount]]), usable for "
                        "the corpus but not for queries, to the list price; OpenAI's pricing page lists both."),
    sourced("embed.openai.te3_small.dims", "OpenAI text-embedding-3-small, dimensions", 1536, "dimensions",
            "embeddings", OPENAI_TE3_SMALL, "high",
            note="Default output size (the API can shorten it). " + OPENAI_TE3_SMALL.note,
            low=1536, high=1536,
            range_basis="Exact: a specification of the model (its default size)."),
    sourced("embed.openai.te3_large.price", "OpenAI text-embedding-3-large", 0.13, _USD_MTOK, "embeddings",
            OPENAI_TE3_LARGE, "high", note=OPENAI_TE3_LARGE.note,
            low=0.065, high=0.13,
            range_basis="OpenAI's Batch API price (this price less [[fig:api.openai.batch_discount]]), usable for "
                        "the corpus but not for queries, to the list price; OpenAI's pricing page lists both."),
    sourced("embed.openai.te3_large.dims", "OpenAI text-embedding-3-large, dimensions", 3072, "dimensions",
            "embeddings", OPENAI_TE3_LARGE, "high",
            note="Default output size (the API can shorten it). " + OPENAI_TE3_LARGE.note,
            low=3072, high=3072,
            range_basis="Exact: a specification of the model (its default size)."),
    sourced("embed.voyage.voyage_3_large.price", "Voyage voyage-3-large", 0.18, _USD_MTOK, "embeddings",
            VOYAGE, "medium",
            note=_AGGREGATORS),
    sourced("embed.voyage.voyage_3_large.dims", "Voyage voyage-3-large, dimensions", 1024, "dimensions",
            "embeddings", VOYAGE, "medium", note="Default output size. " + _AGGREGATORS),
    sourced("embed.voyage.voyage_3.price", "Voyage voyage-3", 0.06, _USD_MTOK, "embeddings",
            VOYAGE, "medium",
            note=_AGGREGATORS),
    sourced("embed.voyage.voyage_3.dims", "Voyage voyage-3, dimensions", 1024, "dimensions", "embeddings",
            VOYAGE, "medium",
            note=_AGGREGATORS),
    sourced("embed.voyage.voyage_3_lite.price", "Voyage voyage-3-lite", 0.02, _USD_MTOK, "embeddings",
            VOYAGE, "medium",
            note=_AGGREGATORS),
    sourced("embed.cohere.embed_v4.price", "Cohere embed-v4.0", 0.12, _USD_MTOK, "embeddings",
            COHERE, "medium", note=_AGGREGATORS),
    sourced("embed.cohere.embed_english_v3.price", "Cohere embed-english-v3.0", 0.10, _USD_MTOK, "embeddings",
            COHERE, "medium", note=_AGGREGATORS),
    sourced("rerank.voyage.rerank_2_5.price", "Voyage rerank-2.5", 0.05, _USD_MTOK, "embeddings",
            VOYAGE, "medium",
            note=_AGGREGATORS),
    sourced("rerank.voyage.rerank_2_5_lite.price", "Voyage rerank-2.5-lite", 0.02, _USD_MTOK, "embeddings",
            VOYAGE, "medium",
            note=_AGGREGATORS),
)

# --- Vector database pricing ----------------------------------------------------------------------
_PINECONE_NOTE = "Pinecone pricing page captured 2026-11-04; the cost rules are on docs.pinecone.io."
# The figures other figures are computed from, named here and listed in their place below.
_QDRANT_RAM_FACTOR = sourced(
    "vdb.qdrant.ram_factor", "Qdrant sizing rule: RAM = vectors x dimensions x 4 B x this factor", 1.5, "x",
    "vector_stores", QDRANT_SIZING, "high",
    note="The extra half covers index metadata and segments being optimised. " + QDRANT_SIZING.note,
)
_INDEX_1M_1536 = derived(
    "vdb.index_size.1m_1536", "Raw size of 1M float32 vectors of 1536 dimensions", 1_000_000 * 1536 * 4 / 1e9, "GB",
    "vector_stores", QDRANT_SIZING, "high",
    "1,000,000 vectors x 1536 dimensions x 4 bytes = 6,144,000,000 bytes; at 10^9 bytes per GB, "
    "6,144,000,000 / 10^9 = 6.144.",
    note="The index_gb formula on the methodology page uses the same arithmetic.",
)
VECTOR_STORES = (
    sourced("vdb.pinecone.standard.minimum", "Pinecone Standard: monthly minimum", 50, "USD/month",
            "vector_stores", PINECONE_PRICING, "high",
            note="Usage below the minimum is billed up to it. " + _PINECONE_NOTE,
            low=50, high=500,
            range_basis="Pinecone's paid plans: Standard's minimum (the value) to Enterprise's, ten times it "
                        "(Pinecone docs, understanding cost); the free Starter plan is capped and not counted."),
    sourced("vdb.pinecone.standard.storage", "Pinecone Standard: storage", 0.33, "USD/GB-month",
            "vector_stores", PINECONE_PRICING, "high", note=_PINECONE_NOTE,
            low=0.33, high=0.33,
            range_basis="Exact: the same list price on Standard and Enterprise."),
    sourced("vdb.pinecone.standard.reads", "Pinecone Standard: read units", 16, "USD/1M read units",
            "vector_stores", PINECONE_PRICING, "high", note=_PINECONE_NOTE,
            low=16, high=24,
            range_basis="Standard's rate to Enterprise's, half as much again (a pricing digest checked against "
                        "pinecone.io on 2026-06-09)."),
    sourced("vdb.pinecone.standard.writes", "Pinecone Standard: write units", 4, "USD/1M write units",
            "vector_stores", PINECONE_PRICING, "high", note=_PINECONE_NOTE),
    sourced("vdb.pinecone.read_units_per_gb", "Pinecone: read units per query per GB of namespace", 1,
            "read units/GB", "vector_stores", PINECONE_COST, "high",
            note=PINECONE_COST.note),
    sourced("vdb.pinecone.min_read_units", "Pinecone: minimum read units per query", 0.25, "read units",
            "vector_stores", PINECONE_COST, "high", note=PINECONE_COST.note),
    sourced("vdb.weaviate.flex.minimum", "Weaviate Cloud Flex: from", 45, "USD/month", "vector_stores",
            WEAVIATE, "medium",
            note="Read from a third-party listing dated 2026-10-07."),
    sourced("vdb.weaviate.flex.dimensions", "Weaviate Cloud Flex: stored vector dimensions", 0.00465,
            "USD/1M vector dimensions", "vector_stores", WEAVIATE, "medium",
            note="Billed on objects x dimensions (uncompressed). The listing does not say per month; "
                 "Weaviate bills monthly."),
    sourced("vdb.weaviate.flex.storage", "Weaviate Cloud Flex: storage", 0.12, "USD/GiB", "vector_stores",
            WEAVIATE, "medium",
            note="The listing does not say per month; Weaviate bills monthly."),
    sourced("vdb.zilliz.serverless.writes", "Zilliz Cloud serverless: writes", 4, "USD/1M vCUs", "vector_stores",
            ZILLIZ, "high", note=ZILLIZ.note),
    sourced("vdb.zilliz.serverless.write_1m_1536", "Zilliz Cloud serverless: writing 1M 1536-d vectors", 6, "USD",
            "vector_stores", ZILLIZ, "high",
            note="About 1.5M vCUs. " + ZILLIZ.note),
    _QDRANT_RAM_FACTOR,
    _INDEX_1M_1536,
    # The exact product has four decimals; rounding to them drops binary floating point's residue.
    derived("vdb.qdrant.ram_1m_1536", "Qdrant RAM estimate for 1M vectors of 1536 dimensions",
            round(_INDEX_1M_1536.value * _QDRANT_RAM_FACTOR.value, 4), "GB",
            "vector_stores", QDRANT_SIZING, "high",
            "[[fig:vdb.index_size.1m_1536]] of raw vectors times the sizing factor "
            "([[fig:vdb.qdrant.ram_factor]]): 6.144 x 1.5 = 9.216."),
    sourced("vdb.pgvector.managed.small_monthly", "Managed Postgres + pgvector, small tier (2 vCPU)", 15,
            "USD/month", "vector_stores", PGVECTOR, "low",
            note="One vendor's flat monthly price; its benchmark runs 250k x 1536-d vectors on this tier. "
                 + PGVECTOR.note),
    sourced("vdb.pgvector.managed.large_monthly", "Managed Postgres + pgvector, large tier (8 vCPU)", 99,
            "USD/month", "vector_stores", PGVECTOR, "low",
            note="One vendor's flat monthly price; its benchmark runs 1M x 1536-d vectors on this tier. "
                 + PGVECTOR.note,
            low=15, high=99,
            range_basis="This vendor's tiers: the small tier ([[fig:vdb.pgvector.managed.small_monthly]]), enough "
                        "for a quarter of a million vectors, to this one."),
)
