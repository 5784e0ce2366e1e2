package vn.ocop.catalog.importing;

/**
 * The content types an import accepts when the request body is the file itself. None of them can be
 * sent by a cross-site HTML form or without a CORS preflight (unlike multipart/form-data or
 * text/plain), so this way needs no CSRF token even with the session cookie; the multipart way
 * checks one (ADR 0007).
 */
final class ImportMediaTypes {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv";

    /** What Windows browsers often call a .csv file. */
    static final String EXCEL_CSV = "application/vnd.ms-excel";

    static final String OCTET_STREAM = "application/octet-stream";

    // Downloads declare JSON too: a client asking for JSON gets the 401/403/404 problem, not a 406.

    private ImportMediaTypes() {}
}
