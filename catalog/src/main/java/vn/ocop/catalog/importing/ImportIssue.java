package vn.ocop.catalog.importing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One problem of an import: the spreadsheet row (as numbered in Excel), the column (its stable key,
 * its Vietnamese and English header, and the header as the file wrote it), a stable code, the
 * message in both languages and the offending value. A problem of the whole file (a missing column)
 * sits on the header row.
 */
@Serdeable
public record ImportIssue(
        int row,
        @Nullable String column,
        @Nullable String columnVi,
        @Nullable String columnEn,
        @Nullable String header,
        String code,
        String messageVi,
        String messageEn,
        @Nullable String value) {}
