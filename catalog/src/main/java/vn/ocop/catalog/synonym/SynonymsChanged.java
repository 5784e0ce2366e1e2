package vn.ocop.catalog.synonym;

/** The office changed the synonyms; published in the changing transaction. */
record SynonymsChanged() {}
