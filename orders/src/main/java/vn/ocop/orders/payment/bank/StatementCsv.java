package vn.ocop.orders.payment.bank;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.ocop.kernel.DomainException;
import vn.ocop.kernel.FieldViolation;
import vn.ocop.kernel.VietnameseText;
import vn.ocop.orders.payment.PaymentError;

/**
 * Reads a bank statement exported as CSV (UTF-8, comma or semicolon separated, a header row):
 * columns date, amount, content and transaction id, named in English or Vietnamese ({@code Ngày},
 * {@code Số tiền}, {@code Nội dung}, {@code Mã giao dịch}). Debit lines (zero or negative amounts)
 * are skipped. Every bad line is reported, and then nothing is applied.
 */
public final class StatementCsv {

    /** What was read: the credit lines and how many debit lines were skipped. */
    public record Statement(List<BankTransfer> credits, int skipped) {}

    static final int MAX_LINES = 5000;

    private static final Map<String, String> COLUMNS = new HashMap<>();

    static {
        for (String name : List.of("date", "time", "ngay", "thoigian", "ngaygiaodich")) {
            COLUMNS.put(name, "date");
        }
        for (String name : List.of("amount", "sotien", "credit", "ghico", "sotienghico")) {
            COLUMNS.put(name, "amount");
        }
        for (String name :
                List.of("content", "noidung", "description", "mota", "dienGiai", "diengiai")) {
            COLUMNS.put(name.toLowerCase(), "content");
        }
        for (String name :
                List.of(
                        "transactionid",
                        "transaction",
                        "magiaodich",
                        "sothamchieu",
                        "reference",
                        "ref")) {
            COLUMNS.put(name, "transactionId");
        }
    }

    private StatementCsv() {}

    public static Statement read(byte[] file) {
        String text = decode(file);
        List<List<String>> rows = rows(text);
        if (rows.isEmpty()) {
            throw invalid("file", "The file is empty");
        }
        Map<String, Integer> index = header(rows.get(0));
        List<FieldViolation> problems = new ArrayList<>();
        List<BankTransfer> credits = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int skipped = 0;
        if (rows.size() - 1 > MAX_LINES) {
            throw invalid("file", "At most " + MAX_LINES + " lines per statement");
        }
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            int line = r + 1;
            String amountText = cell(row, index.get("amount"));
            Optional<Long> amount = amount(amountText);
            if (amount.isEmpty()) {
                problems.add(problem(line, "amount", "Not an amount: '" + amountText + "'"));
                continue;
            }
            if (amount.get() <= 0) {
                skipped++;
                continue;
            }
            String dateText = cell(row, index.get("date"));
            Instant time = null;
            if (!dateText.isBlank()) {
                time = BankTimes.parse(dateText).orElse(null);
                if (time == null) {
                    problems.add(problem(line, "date", "Not a date: '" + dateText + "'"));
                }
            }
            String id = cell(row, index.get("transactionId")).strip();
            if (id.isEmpty() || id.length() > 200) {
                problems.add(problem(line, "transactionId", "A transaction id is required"));
                continue;
            }
            if (!seen.add(id)) {
                problems.add(problem(line, "transactionId", "Transaction id " + id + " twice"));
                continue;
            }
            String content = cell(row, index.get("content")).strip();
            if (content.length() > 500) {
                problems.add(problem(line, "content", "At most 500 characters"));
                continue;
            }
            credits.add(new BankTransfer(amount.get(), content, id, time));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(
                    PaymentError.INVALID_STATEMENT,
                    problems.size() + " line(s) of the statement could not be read",
                    problems,
                    Map.of());
        }
        return new Statement(credits, skipped);
    }

    private static Map<String, Integer> header(List<String> header) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String key = COLUMNS.get(normalise(header.get(i)));
            if (key != null) {
                index.putIfAbsent(key, i);
            }
        }
        for (String required : List.of("date", "amount", "content", "transactionId")) {
            if (!index.containsKey(required)) {
                throw invalid(
                        required,
                        "The header needs the columns date, amount, content and transaction id"
                                + " (missing "
                                + required
                                + ")");
            }
        }
        return index;
    }

    static Optional<Long> amount(String text) {
        String s = text.strip().replace("VND", "").replace("VNĐ", "").replace("đ", "").strip();
        s = s.replace(".", "").replace(",", "").replace(" ", "").replace("\u00a0", "");
        if (s.startsWith("+")) {
            s = s.substring(1);
        }
        if (!s.matches("-?[0-9]{1,15}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(s));
    }

    private static String normalise(String name) {
        return VietnameseText.fold(name).replaceAll("[^a-z0-9]", "");
    }

    private static String cell(List<String> row, int i) {
        return i < row.size() ? row.get(i) : "";
    }

    private static String decode(byte[] file) {
        try {
            String text =
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(file))
                            .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw invalid("file", "The file must be UTF-8 text (CSV)");
        }
    }

    /** RFC 4180 rows; the separator is whichever of ';' and ',' the first line has more of. */
    static List<List<String>> rows(String text) {
        int firstEnd = text.indexOf('\n');
        String first = firstEnd < 0 ? text : text.substring(0, firstEnd);
        char sep = count(first, ';') > count(first, ',') ? ';' : ',';
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == sep) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    private static FieldViolation problem(int line, String column, String message) {
        return new FieldViolation(
                "line " + line + ": " + column, PaymentError.INVALID_STATEMENT.code(), message);
    }

    private static DomainException invalid(String field, String message) {
        return DomainException.invalidField(PaymentError.INVALID_STATEMENT, field, message);
    }
}
