package vn.ocop.traceability.digitallink;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * GS1 dates. A six-digit date {@code YYMMDD} gets its century from the GS1 General Specifications
 * rule (7.12): a year more than 50 years ahead of the reference year is in the previous century,
 * one 50 or more years behind it is in the next. Day {@code 00} means "day not stated" and, where
 * the AI allows it (linter {@code yymmd0}: production, packing, best-before, expiry), is read as
 * the last day of the month, as the General Specifications direct.
 */
final class Gs1Dates {

    private Gs1Dates() {}

    static int fullYear(int yy, int referenceYear) {
        int century = referenceYear / 100 * 100;
        int difference = yy - referenceYear % 100;
        if (difference >= 51) {
            return century - 100 + yy;
        }
        if (difference <= -50) {
            return century + 100 + yy;
        }
        return century + yy;
    }

    static String checkYymmdd(String s, boolean dayZeroAllowed) {
        int year = fullYear(Integer.parseInt(s.substring(0, 2)), LocalDate.now().getYear());
        return checkDate(year, s.substring(2), dayZeroAllowed);
    }

    static String checkYyyymmdd(String s) {
        return checkDate(Integer.parseInt(s.substring(0, 4)), s.substring(4), false);
    }

    private static String checkDate(int year, String mmdd, boolean dayZeroAllowed) {
        int month = Integer.parseInt(mmdd.substring(0, 2));
        int day = Integer.parseInt(mmdd.substring(2, 4));
        if (month < 1 || month > 12) {
            return "month " + mmdd.substring(0, 2) + " does not exist";
        }
        if (day == 0 && dayZeroAllowed) {
            return null;
        }
        int length = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1 || day > length) {
            return "day "
                    + mmdd.substring(2, 4)
                    + " does not exist in "
                    + YearMonth.of(year, month);
        }
        return null;
    }

    static String checkRange(String s, int min, int max) {
        int value = Integer.parseInt(s);
        return value < min || value > max ? s + " is out of range " + min + "-" + max : null;
    }

    static String checkHhmi(String s) {
        String hours = checkRange(s.substring(0, 2), 0, 23);
        return hours != null ? hours : checkRange(s.substring(2, 4), 0, 59);
    }

    /** A valid {@code YYMMDD} (day 00 allowed) as a date; day 00 becomes the month's last day. */
    static LocalDate toLocalDate(String yymmdd, int referenceYear) {
        int year = fullYear(Integer.parseInt(yymmdd.substring(0, 2)), referenceYear);
        YearMonth month = YearMonth.of(year, Integer.parseInt(yymmdd.substring(2, 4)));
        int day = Integer.parseInt(yymmdd.substring(4, 6));
        return day == 0 ? month.atEndOfMonth() : month.atDay(day);
    }
}
