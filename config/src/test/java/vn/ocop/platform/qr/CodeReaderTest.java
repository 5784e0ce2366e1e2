package vn.ocop.platform.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.ocop.platform.qr.api.CodeReader;
import vn.ocop.platform.qr.api.QrCodes;
import vn.ocop.platform.qr.api.QrStyle;

/** Reading a code back from a picture: what the sale point's photo fallback relies on. */
class CodeReaderTest {

    static final String LINK = "https://ocop.example.vn/01/08931234567893/10/NO-25-01";

    @Test
    void reads_back_the_text_of_a_generated_qr_png() {
        byte[] png = QrCodes.png(LINK, QrStyle.standard());

        assertThat(CodeReader.read(png)).contains(LINK);
    }

    @Test
    void reads_a_qr_inside_a_large_photo_like_picture_scaled_down_first() throws Exception {
        BufferedImage qr =
                ImageIO.read(new ByteArrayInputStream(QrCodes.png(LINK, QrStyle.standard())));
        BufferedImage photo = new BufferedImage(3000, 2200, BufferedImage.TYPE_INT_RGB);
        var g = photo.createGraphics();
        g.setColor(new Color(230, 225, 210));
        g.fillRect(0, 0, photo.getWidth(), photo.getHeight());
        g.drawImage(qr, 900, 500, qr.getWidth() * 3, qr.getHeight() * 3, null);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(photo, "jpg", out);

        assertThat(CodeReader.read(out.toByteArray())).contains(LINK);
    }

    @Test
    void bytes_that_are_no_image_or_an_image_without_a_code_give_nothing() throws Exception {
        assertThat(CodeReader.read("not an image".getBytes())).isEmpty();
        assertThat(CodeReader.read(new byte[0])).isEmpty();
        assertThat(CodeReader.read(null)).isEmpty();
        BufferedImage blank = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        var out = new ByteArrayOutputStream();
        ImageIO.write(blank, "png", out);
        assertThat(CodeReader.read(out.toByteArray())).isEmpty();
    }
}
