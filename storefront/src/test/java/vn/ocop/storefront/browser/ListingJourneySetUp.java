package vn.ocop.storefront.browser;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.UUID;
import javax.imageio.ImageIO;
import vn.ocop.storefront.producer.ProducerAccounts;

/**
 * What journey 3 needs before the browser starts: a verified cooperative with a member account,
 * made through the office's REST API, and a product photo to upload.
 */
final class ListingJourneySetUp {

    static final String OFFICE_EMAIL = "office@listing-journey.test";
    static final String OFFICE_PASSWORD = "office-password-1";

    final UUID producer;
    final String memberEmail;

    ListingJourneySetUp(URI base) {
        ProducerAccounts accounts = new ProducerAccounts(base, OFFICE_EMAIL, OFFICE_PASSWORD);
        producer = accounts.verifiedProducer("HTX Trà hoa vàng Đồn Đạc");
        memberEmail = accounts.member(producer);
    }

    /** A small PNG: a golden flower on green, as a producer's phone photo would be. */
    static byte[] photo() {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(46, 125, 50));
        g.fillRect(0, 0, 640, 480);
        g.setColor(new Color(255, 193, 7));
        g.fillOval(220, 140, 200, 200);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
