package vn.ocop.catalog.importing;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The downloadable templates: a sheet with the import's column headers (required ones shaded) in
 * the request's language, Vietnamese by default, and a sheet explaining every column in both
 * languages.
 */
@Singleton
class ImportTemplates {

    private final ImportMessages messages;
    private final HttpLocaleResolver locales;

    ImportTemplates(ImportMessages messages, HttpLocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    HttpResponse<byte[]> response(ImportKind kind, HttpRequest<?> request) {
        Locale locale = language(locales.resolveOrDefault(request));
        return HttpResponse.ok(workbook(kind, locale))
                .contentType(ImportMediaTypes.XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"ocop-" + kind.path() + "-template.xlsx\"");
    }

    /** English when asked for; Vietnamese otherwise. */
    static Locale language(Locale requested) {
        return "en".equals(requested.getLanguage()) ? ImportMessages.EN : ImportMessages.VI;
    }

    byte[] workbook(ImportKind kind, Locale locale) {
        List<Column> columns = Columns.of(kind);
        List<String> headers = columns.stream().map(c -> messages.column(c.key(), locale)).toList();
        List<Boolean> required = columns.stream().map(Column::required).toList();
        Workbooks.Table data =
                new Workbooks.Table(sheetName(kind, locale), headers, required, List.of());
        return Workbooks.write(List.of(data, instructions(kind, columns, locale)));
    }

    static String sheetName(ImportKind kind, Locale locale) {
        return kind.sheetNames().get(locale.equals(ImportMessages.EN) ? 1 : 0);
    }

    private Workbooks.Table instructions(ImportKind kind, List<Column> columns, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (Column column : columns) {
            rows.add(
                    List.of(
                            messages.column(column.key(), ImportMessages.VI),
                            messages.column(column.key(), ImportMessages.EN),
                            messages.text(
                                    column.required()
                                            ? "import.template.required"
                                            : "import.template.optional",
                                    locale),
                            messages.text("import.help." + column.key(), ImportMessages.VI),
                            messages.text("import.help." + column.key(), ImportMessages.EN)));
        }
        rows.add(List.of());
        rows.add(List.of(messages.text("import.template.note." + kind.path(), ImportMessages.VI)));
        rows.add(List.of(messages.text("import.template.note." + kind.path(), ImportMessages.EN)));
        List<String> headers =
                List.of(
                        messages.text("import.template.column-vi", locale),
                        messages.text("import.template.column-en", locale),
                        messages.text("import.template.required-header", locale),
                        messages.text("import.template.help-vi", locale),
                        messages.text("import.template.help-en", locale));
        return new Workbooks.Table(
                messages.text("import.template.instructions", locale),
                headers,
                List.of(false, false, false, false, false),
                rows);
    }
}
