package vn.ocop.catalog.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.kernel.ErrorCode;

/** The problems of one import run, located by row and column, in both languages. */
final class Issues {

    private final Sheet sheet;
    private final HeaderMap headers;
    private final ImportMessages messages;
    private final List<ImportIssue> listed = new ArrayList<>();
    private final Map<Integer, Sheet.Row> rowsByNumber = new HashMap<>();
    private int count;

    Issues(Sheet sheet, HeaderMap headers, ImportMessages messages) {
        this.sheet = sheet;
        this.headers = headers;
        this.messages = messages;
        sheet.rows().forEach(row -> rowsByNumber.put(row.number(), row));
    }

    void add(int row, String column, ErrorCode error, Map<String, Object> variables, String value) {
        add(
                row,
                column,
                error.code(),
                messages.problem(error.code(), variables, error.title()),
                value);
    }

    /** A problem; without a value given, the cell's text is quoted. */
    void add(int row, String column, String code, ImportMessages.Text message, String value) {
        count++;
        if (listed.size() >= ImportReport.MAX_LISTED) {
            return;
        }
        listed.add(
                new ImportIssue(
                        row,
                        column,
                        column == null ? null : messages.column(column, ImportMessages.VI),
                        column == null ? null : messages.column(column, ImportMessages.EN),
                        column == null ? null : headers.header(sheet, column),
                        code,
                        message.vi(),
                        message.en(),
                        quoted(row, column, value)));
    }

    private String quoted(int row, String column, String value) {
        String text = value;
        if (text == null && column != null && rowsByNumber.containsKey(row)) {
            text = headers.cell(rowsByNumber.get(row), column);
        }
        return text == null || text.isEmpty() ? null : text;
    }

    int count() {
        return count;
    }

    List<ImportIssue> listed() {
        return listed;
    }
}
