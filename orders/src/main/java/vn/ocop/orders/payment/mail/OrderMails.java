package vn.ocop.orders.payment.mail;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.ocop.platform.mail.api.Mail;
import vn.ocop.platform.mail.api.MailMessage;

/**
 * The order e-mails, in Vietnamese (default) or English from {@code i18n/orders-mail_*}: order
 * placed and order shipped to the buyer, new order to each producer's contact address. Each is
 * enqueued on the outbox in the caller's transaction ({@link Mail}), so an order that rolls back
 * sends nothing. A missing address sends nothing.
 */
@Singleton
public class OrderMails {

    /** One order line as an e-mail lists it. */
    public record Line(String name, long quantity, long lineTotalVnd) {}

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Mail mail;
    private final MessageSource texts = new ResourceBundleMessageSource("i18n.orders-mail");
    private final String baseUrl;

    OrderMails(Mail mail, @Value("${ocop.public-base-url:http://localhost:8080}") String baseUrl) {
        this.mail = mail;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** To the buyer after checkout: the lines, the total and how to pay or track. */
    public boolean orderPlaced(
            String number,
            String buyerName,
            String buyerEmail,
            Locale locale,
            List<Line> lines,
            long totalVnd,
            String paymentMethod) {
        if (blank(buyerEmail)) {
            return false;
        }
        Locale l = locale(locale);
        String body =
                text("placed.greeting", l, Map.of("name", buyerName))
                        + "\n\n"
                        + text("placed.intro", l, Map.of("number", number))
                        + "\n\n"
                        + lines(lines, l)
                        + "\n"
                        + text("total", l, Map.of("total", vnd(totalVnd, l)))
                        + "\n"
                        + text("payment." + paymentMethod, l, Map.of())
                        + "\n\n"
                        + text("track", l, Map.of("url", trackUrl(number)))
                        + "\n\n"
                        + text("signature", l, Map.of());
        mail.send(
                MailMessage.text(
                        buyerEmail, text("placed.subject", l, Map.of("number", number)), body));
        return true;
    }

    /** To the buyer when a producer's parcel leaves, with the tracking number. */
    public boolean orderShipped(
            String number,
            String buyerName,
            String buyerEmail,
            Locale locale,
            String producerName,
            String trackingNumber) {
        if (blank(buyerEmail)) {
            return false;
        }
        Locale l = locale(locale);
        String body =
                text("placed.greeting", l, Map.of("name", buyerName))
                        + "\n\n"
                        + text(
                                "shipped.intro",
                                l,
                                Map.of(
                                        "number",
                                        number,
                                        "producer",
                                        producerName,
                                        "tracking",
                                        trackingNumber == null ? "-" : trackingNumber))
                        + "\n\n"
                        + text("track", l, Map.of("url", trackUrl(number)))
                        + "\n\n"
                        + text("signature", l, Map.of());
        mail.send(
                MailMessage.text(
                        buyerEmail, text("shipped.subject", l, Map.of("number", number)), body));
        return true;
    }

    /** To a producer's contact address: a new order (its fulfilment) to pack. */
    public boolean newOrderForProducer(
            String number,
            String producerName,
            String producerEmail,
            Locale locale,
            List<Line> lines) {
        if (blank(producerEmail)) {
            return false;
        }
        Locale l = locale(locale);
        String body =
                text("producer.greeting", l, Map.of("producer", producerName))
                        + "\n\n"
                        + text("producer.intro", l, Map.of("number", number))
                        + "\n\n"
                        + lines(lines, l)
                        + "\n"
                        + text(
                                "producer.action",
                                l,
                                Map.of("url", baseUrl + "/nha-san-xuat/don-hang"))
                        + "\n\n"
                        + text("signature", l, Map.of());
        mail.send(
                MailMessage.text(
                        producerEmail,
                        text("producer.subject", l, Map.of("number", number)),
                        body));
        return true;
    }

    private String lines(List<Line> lines, Locale l) {
        StringBuilder out = new StringBuilder();
        for (Line line : lines) {
            out.append("- ")
                    .append(line.name())
                    .append(" × ")
                    .append(line.quantity())
                    .append(": ")
                    .append(vnd(line.lineTotalVnd(), l))
                    .append('\n');
        }
        return out.toString();
    }

    /** The storefront's tracking page with the number filled in (the buyer adds the phone). */
    private String trackUrl(String number) {
        return baseUrl + "/tra-cuu-don-hang?so=" + number;
    }

    private String text(String key, Locale locale, Map<String, Object> values) {
        return texts.getMessage("mail." + key, locale, values)
                .or(() -> texts.getMessage("mail." + key, VIETNAMESE, values))
                .orElseThrow(() -> new IllegalStateException("No mail text mail." + key));
    }

    private static String vnd(long amount, Locale l) {
        return NumberFormat.getIntegerInstance(VIETNAMESE).format(amount) + " ₫";
    }

    private static Locale locale(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
