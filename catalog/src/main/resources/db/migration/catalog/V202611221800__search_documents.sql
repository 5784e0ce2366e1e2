-- Catalogue search on PostgreSQL, the default engine (docs/adr/0010-search-two-engines.md).
--
-- search_documents holds one row per product the public may see, denormalised from the catalogue
-- by the catalog.product-changed outbox handler. Text is stored as words computed in Java
-- (vn.ocop.catalog.search.Tokens): *_tokens keep diacritics (NFC, lower case), *_folded_tokens go
-- through VietnameseText.fold. Matching is array containment on the folded words (GIN), so
-- "nuoc mam" finds "Nước mắm"; the exact words only rank. unaccent is not used: folding in Java is
-- the one definition both engines share.

-- Trusted extensions (PostgreSQL 13+): a database owner may create them. Kept in this schema
-- unless an administrator installed them elsewhere already; the engine looks them up at run time.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE EXTENSION pg_trgm WITH SCHEMA catalog;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'fuzzystrmatch') THEN
        CREATE EXTENSION fuzzystrmatch WITH SCHEMA catalog;
    END IF;
END $$;

CREATE TABLE search_documents (
    product_id          UUID PRIMARY KEY,
    name_vi             VARCHAR(300) NOT NULL,
    name_en             VARCHAR(300),
    group_code          VARCHAR(32)  NOT NULL,
    subgroup_code       VARCHAR(48),
    province_codes      TEXT[]       NOT NULL,
    producer_ids        UUID[]       NOT NULL,
    producer_names      TEXT[]       NOT NULL,
    stars               SMALLINT     NOT NULL CHECK (stars BETWEEN 1 AND 5),
    min_price           BIGINT,
    max_price           BIGINT,
    -- every active variant's price: a product matches a price range when one of them is inside
    prices              BIGINT[]     NOT NULL,
    published_at        TIMESTAMPTZ  NOT NULL,
    -- the certificate's last valid day: queries skip lapsed products even before the expiry job
    valid_until         DATE         NOT NULL,
    -- the name's folded words joined by single spaces: prefix suggestions and their order
    name_folded         TEXT         NOT NULL,
    -- the name's exact words joined by single spaces: exact-diacritic prefixes rank first
    name_exact          TEXT         NOT NULL,
    name_tokens         TEXT[]       NOT NULL,
    name_folded_tokens  TEXT[]       NOT NULL,
    -- distinct words of name, descriptions and tags (English name, group, producers, provinces
    -- with their pre-2025 and other names, communes, villages, former districts)
    all_tokens          TEXT[]       NOT NULL,
    all_folded_tokens   TEXT[]       NOT NULL
);

CREATE INDEX search_documents_words ON search_documents USING gin (all_folded_tokens);
CREATE INDEX search_documents_provinces ON search_documents USING gin (province_codes);
CREATE INDEX search_documents_producers ON search_documents USING gin (producer_ids);
CREATE INDEX search_documents_group ON search_documents (group_code, subgroup_code);
-- browsing without words: relevance is stars, then newest
CREATE INDEX search_documents_by_stars ON search_documents (stars DESC, published_at DESC, product_id);
CREATE INDEX search_documents_newest ON search_documents (published_at DESC, product_id);
CREATE INDEX search_documents_by_price ON search_documents (min_price, product_id);

DO $$
DECLARE
    trgm_schema TEXT := (SELECT n.nspname FROM pg_extension e
                         JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm');
BEGIN
    -- LIKE 'nuoc m%' / '% nuoc m%' for suggestions
    EXECUTE format('CREATE INDEX search_documents_name_prefix ON catalog.search_documents'
                   ' USING gin (name_folded %I.gin_trgm_ops)', trgm_schema);
END $$;

-- The last version (database clock in microseconds, read before the product) applied per product,
-- deletes included, so an older read never overwrites a newer one (ADR 0010).
CREATE TABLE search_versions (
    product_id  UUID PRIMARY KEY,
    version     BIGINT NOT NULL
);

-- Every folded word of the indexed text: when no product has every typed word, each word is
-- widened to the indexed words within Elasticsearch's AUTO edit distance ("mma" → "mam").
-- Words are added with documents and pruned by a full reindex.
CREATE TABLE search_terms (
    term  TEXT PRIMARY KEY
);
CREATE INDEX search_terms_length ON search_terms (length(term));

-- Full reindex jobs started by the office; at most one runs at a time.
CREATE TABLE search_reindex_jobs (
    id           UUID PRIMARY KEY,
    engine       VARCHAR(20)  NOT NULL,
    state        VARCHAR(16)  NOT NULL CHECK (state IN ('RUNNING', 'DONE', 'FAILED')),
    done         INTEGER      NOT NULL DEFAULT 0,
    total        INTEGER      NOT NULL DEFAULT 0,
    error        VARCHAR(1000),
    started_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    finished_at  TIMESTAMPTZ
);
CREATE UNIQUE INDEX search_reindex_jobs_one_running ON search_reindex_jobs ((true))
    WHERE state = 'RUNNING';
