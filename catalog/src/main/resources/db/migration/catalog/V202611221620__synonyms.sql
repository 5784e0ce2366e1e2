-- Search synonyms kept by the office. A row is a set of equivalent phrasings: the term and each of
-- its alternatives stand for one another in both directions when a query is expanded.
-- kind: SPELLING (a misspelling or variant seen in source data), PLACE (a place's other names;
-- province aliases need no row, they come from province_aliases), PRODUCT (regional names for one
-- product, e.g. northern "chè" and southern "trà" for tea — only where they mean the same thing).
-- term_folded is VietnameseText.fold(term); only one row per folded term.
CREATE TABLE synonyms (
    id            BIGINT       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    term          VARCHAR(100) NOT NULL,
    term_folded   VARCHAR(100) NOT NULL UNIQUE,
    alternatives  TEXT[]       NOT NULL CHECK (cardinality(alternatives) BETWEEN 1 AND 20),
    kind          VARCHAR(16)  NOT NULL CHECK (kind IN ('SPELLING', 'PLACE', 'PRODUCT')),
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Misspellings found in the provinces' OCOP plans (domain brief §10); pairs that differ only in
-- diacritics (dứa/dừa xiêm, bánh trắng/tráng) need no row: folding already makes them equal.
INSERT INTO synonyms (term, term_folded, alternatives, kind) VALUES
('Đồ Sơn', 'do son', ARRAY['Đèo Sơn'], 'SPELLING'),
('cá rô phi', 'ca ro phi', ARRAY['cá rophi'], 'SPELLING'),
('chè xanh', 'che xanh', ARRAY['trà xanh'], 'PRODUCT'),
('chè Shan tuyết', 'che shan tuyet', ARRAY['trà Shan tuyết'], 'PRODUCT'),
('kẹo lạc', 'keo lac', ARRAY['kẹo đậu phộng'], 'PRODUCT'),
('thịt lợn', 'thit lon', ARRAY['thịt heo'], 'PRODUCT'),
('TPHCM', 'tphcm', ARRAY['Sài Gòn'], 'PLACE');
