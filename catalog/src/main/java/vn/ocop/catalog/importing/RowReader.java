package vn.ocop.catalog.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import vn.ocop.kernel.ErrorCode;

/**
 * Reads one row's cells by column key. A cell that cannot be read is reported as a problem of its
 * row and column and read as null; {@link #ok()} then tells the importer to skip the row.
 */
final class RowReader {

    private interface Parser<T> {
        T parse(String text) throws Cells.Refused;
    }

    private final Sheet.Row row;
    private final HeaderMap headers;
    private final Issues issues;
    private boolean ok = true;

    RowReader(Sheet.Row row, HeaderMap headers, Issues issues) {
        this.row = row;
        this.headers = headers;
        this.issues = issues;
    }

    int number() {
        return row.number();
    }

    boolean ok() {
        return ok;
    }

    /** The cell's text, or null when blank. */
    String text(String key) {
        String text = headers.cell(row, key);
        return text.isEmpty() ? null : text;
    }

    /** The cell's text; a blank cell is reported as missing. */
    String requiredText(String key) {
        String text = text(key);
        if (text == null) {
            refuse(key, ImportError.REQUIRED_VALUE, Map.of());
        }
        return text;
    }

    Long wholeNumber(String key) {
        return parse(key, Cells::wholeNumber);
    }

    Integer integer(String key) {
        return parse(key, Cells::integer);
    }

    BigDecimal decimal(String key) {
        return parse(key, Cells::decimal);
    }

    LocalDate date(String key) {
        return parse(key, Cells::date);
    }

    Boolean yesNo(String key) {
        return parse(key, Cells::yesNo);
    }

    <E extends Enum<E>> E choice(String key, Choices<E> choices) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        E value = choices.find(text).orElse(null);
        if (value == null) {
            refuse(key, ImportError.UNKNOWN_VALUE, Map.of("allowed", choices.allowed()));
        }
        return value;
    }

    void refuse(String key, ErrorCode error, Map<String, Object> variables) {
        issues.add(row.number(), key, error, variables, headers.cell(row, key));
        ok = false;
    }

    private <T> T parse(String key, Parser<T> parser) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        try {
            return parser.parse(text);
        } catch (Cells.Refused refused) {
            refuse(key, refused.error, refused.variables);
            return null;
        }
    }
}
