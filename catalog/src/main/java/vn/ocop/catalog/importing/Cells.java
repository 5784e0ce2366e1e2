package vn.ocop.catalog.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import vn.ocop.kernel.VietnameseText;

/**
 * Reads typed values from cells the way offices type them: "120.000 đ" and "120,000" are 120000
 * đồng, "87,5" is 87.5 points, "30/9/2025" is a date, "có" and "x" are yes.
 */
final class Cells {

    /** A cell that does not hold the expected kind of value. */
    static final class Refused extends Exception {
        final ImportError error;
        final Map<String, Object> variables;

        Refused(ImportError error, Map<String, Object> variables) {
            super(error.code(), null, false, false);
            this.error = error;
            this.variables = variables;
        }
    }

    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}([.,]\\d{3})+");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+([.,]\\d+)?([eE][-+]?\\d+)?");
    private static final List<DateTimeFormatter> DATES =
            List.of(
                    DateTimeFormatter.ISO_LOCAL_DATE,
                    DateTimeFormatter.ofPattern("d/M/uuuu"),
                    DateTimeFormatter.ofPattern("d-M-uuuu"),
                    DateTimeFormatter.ofPattern("d.M.uuuu"));

    private Cells() {}

    /** Whole đồng: separators and currency signs are ignored, a fraction is refused. */
    static long wholeNumber(String text) throws Refused {
        String digits =
                text.replaceAll("(?iu)(vnđ|vnd|đồng|dong|₫|đ)", "").replaceAll("[\\s\u00A0]", "");
        if (GROUPED.matcher(digits).matches()) {
            digits = digits.replaceAll("[.,]", "");
        }
        if (PLAIN.matcher(digits).matches()) {
            try {
                return Long.parseLong(digits);
            } catch (NumberFormatException e) {
                throw new Refused(ImportError.NOT_A_NUMBER, Map.of());
            }
        }
        if (DECIMAL.matcher(digits).matches()) {
            throw new Refused(ImportError.NOT_A_WHOLE_NUMBER, Map.of());
        }
        throw new Refused(ImportError.NOT_A_NUMBER, Map.of());
    }

    static int integer(String text) throws Refused {
        long value = wholeNumber(text);
        if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            throw new Refused(ImportError.NOT_A_NUMBER, Map.of());
        }
        return (int) value;
    }

    /** A decimal with a point or a Vietnamese decimal comma: "87,5" and "87.5". */
    static BigDecimal decimal(String text) throws Refused {
        String number = text.replaceAll("[\\s\u00A0]", "");
        if (!DECIMAL.matcher(number).matches()) {
            throw new Refused(ImportError.NOT_A_NUMBER, Map.of());
        }
        return new BigDecimal(number.replace(',', '.'));
    }

    static LocalDate date(String text) throws Refused {
        String value = text.strip();
        int time = value.indexOf('T');
        if (time > 0) {
            value = value.substring(0, time);
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException next) {
                // try the next way of writing it
            }
        }
        throw new Refused(ImportError.NOT_A_DATE, Map.of());
    }

    static boolean yesNo(String text) throws Refused {
        String folded = VietnameseText.fold(text).strip().toLowerCase(Locale.ROOT);
        return switch (folded) {
            case "co", "c", "x", "yes", "y", "true", "1", "dung" -> true;
            case "khong", "k", "no", "n", "false", "0", "sai" -> false;
            default ->
                    throw new Refused(
                            ImportError.UNKNOWN_VALUE, Map.of("allowed", "có / không, yes / no"));
        };
    }

    /** A GTIN as digits: spaces dropped, and "8.935049500018E12" from a spreadsheet undone. */
    static String gtin(String text) {
        String value = text.replaceAll("[\\s\u00A0-]", "");
        if (value.matches("\\d+(\\.\\d+)?[eE]\\+?\\d+")) {
            try {
                return new BigDecimal(value).toBigIntegerExact().toString();
            } catch (ArithmeticException | NumberFormatException e) {
                return value;
            }
        }
        return value;
    }
}
