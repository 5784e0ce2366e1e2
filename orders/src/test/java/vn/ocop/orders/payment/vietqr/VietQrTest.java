package vn.ocop.orders.payment.vietqr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.ocop.kernel.Money;

/** VietQR as an order payment uses it, and the payloads the parser must refuse. */
class VietQrTest {

    private static final String DYNAMIC =
            "00020101021238570010A00000072701270006970403011300110123456780208QRIBFTTA"
                    + "530370454061800005802VN62340107NPS68690819thanh toan don hang63042E2E";

    @Test
    void writes_an_order_payment_and_reads_it_back() {
        String payload =
                VietQr.generate(
                        VietQrRequest.dynamicForAccount(
                                "970436",
                                "1012345678",
                                Money.vnd(245_000),
                                "OCOP-2026-000123",
                                "Thanh toán đơn hàng OCOP-2026-000123"));

        VietQrPayload read = VietQr.parse(payload);

        assertThat(read.initiation()).isEqualTo(PointOfInitiation.DYNAMIC);
        assertThat(read.amount()).isEqualTo(Money.vnd(245_000));
        assertThat(read.billNumber()).isEqualTo("OCOP-2026-000123");
        assertThat(read.purpose()).isEqualTo("thanh toan don hang ocop-2026-000123");
        assertThat(read.service()).isEqualTo(ServiceCode.ACCOUNT);
        assertThat(payload).endsWith("6304" + read.crc()).matches("[\\x20-\\x7E]+");
    }

    @Test
    void writes_a_card_transfer_with_service_code_qribfttc() {
        String payload =
                VietQr.generate(
                        new VietQrRequest(
                                "970415", "9704151234567890", ServiceCode.CARD, null, null, null));
        assertThat(payload).contains("0208QRIBFTTC").contains("010211");
        assertThat(VietQr.parse(payload).service()).isEqualTo(ServiceCode.CARD);
    }

    @Test
    void folds_a_vietnamese_purpose_to_the_ascii_that_napas_carries() {
        assertThat(VietQr.asciiPurpose("  Đặc sản   Nước mắm (loại 1)! — Cát Hải "))
                .isEqualTo("dac san nuoc mam loai 1 cat hai");
        assertThat(VietQr.asciiPurpose("Mua hàng #OCOP-2026-000123."))
                .isEqualTo("mua hang ocop-2026-000123.");
        assertThat(VietQr.asciiPurpose("!!!")).isEmpty();
    }

    @Test
    void leaves_out_a_purpose_that_folds_to_nothing() {
        String withSymbolsOnly =
                VietQr.generate(
                        VietQrRequest.dynamicForAccount(
                                "970403", "0011012345678", Money.vnd(1000), null, "???"));
        String without =
                VietQr.generate(
                        VietQrRequest.dynamicForAccount(
                                "970403", "0011012345678", Money.vnd(1000), null, null));
        assertThat(withSymbolsOnly).isEqualTo(without);
        assertThat(VietQr.parse(withSymbolsOnly).purpose()).isNull();
    }

    @Test
    void refuses_a_zero_or_negative_amount_for_a_dynamic_code() {
        for (long amount : new long[] {0, -5000}) {
            assertThatThrownBy(
                            () ->
                                    VietQr.generate(
                                            VietQrRequest.dynamicForAccount(
                                                    "970403",
                                                    "0011",
                                                    Money.vnd(amount),
                                                    "B1",
                                                    null)))
                    .isInstanceOfSatisfying(
                            VietQrException.class,
                            e -> assertThat(e.reason()).isEqualTo(VietQrError.INVALID_AMOUNT));
        }
    }

    @Test
    void refuses_fields_longer_than_99_characters_and_an_additional_data_template_over_99() {
        assertThatThrownBy(
                        () ->
                                VietQr.generate(
                                        VietQrRequest.dynamicForAccount(
                                                "970403",
                                                "0011",
                                                Money.vnd(1),
                                                "B".repeat(100),
                                                null)))
                .isInstanceOfSatisfying(
                        VietQrException.class,
                        e -> assertThat(e.reason()).isEqualTo(VietQrError.FIELD_TOO_LONG));
        assertThatThrownBy(
                        () ->
                                VietQr.generate(
                                        VietQrRequest.dynamicForAccount(
                                                "970403",
                                                "0011",
                                                Money.vnd(1),
                                                "B".repeat(45),
                                                "p".repeat(50))))
                .isInstanceOfSatisfying(
                        VietQrException.class,
                        e -> assertThat(e.reason()).isEqualTo(VietQrError.FIELD_TOO_LONG));
        String atLimit =
                VietQr.generate(
                        VietQrRequest.dynamicForAccount(
                                "970403", "0011", Money.vnd(1), "B".repeat(45), "p".repeat(46)));
        assertThat(VietQr.parse(atLimit).purpose()).hasSize(46);
    }

    @Test
    void refuses_a_bill_number_that_is_not_printable_ascii_rather_than_altering_it() {
        assertThatThrownBy(
                        () ->
                                VietQr.generate(
                                        VietQrRequest.dynamicForAccount(
                                                "970403", "0011", Money.vnd(1), "Đơn-1", null)))
                .isInstanceOfSatisfying(
                        VietQrException.class,
                        e -> assertThat(e.reason()).isEqualTo(VietQrError.INVALID_FIELD));
    }

    @Test
    void refuses_a_bank_bin_that_is_not_six_digits() {
        assertThatThrownBy(() -> VietQr.generate(VietQrRequest.staticForAccount("97040", "0011")))
                .isInstanceOfSatisfying(
                        VietQrException.class,
                        e -> assertThat(e.reason()).isEqualTo(VietQrError.INVALID_FIELD));
    }

    @Test
    void refuses_a_payload_whose_inner_template_length_is_wrong_even_with_a_correct_crc() {
        String body = DYNAMIC.substring(0, DYNAMIC.length() - 4);
        String wrongInner = body.replace("01270006970403", "01260006970403");
        String payload = wrongInner + Crc16.of(wrongInner);

        assertThatThrownBy(() -> VietQr.parse(payload))
                .isInstanceOfSatisfying(
                        VietQrException.class,
                        e ->
                                assertThat(e.reason())
                                        .isEqualTo(VietQrError.TEMPLATE_LENGTH_MISMATCH));
    }

    @Test
    void refuses_a_payload_whose_additional_data_length_is_wrong() {
        String body = DYNAMIC.substring(0, DYNAMIC.length() - 4);
        String wrongInner = body.replace("0819thanh", "0820thanh");
        String payload = wrongInner + Crc16.of(wrongInner);

        assertThatThrownBy(() -> VietQr.parse(payload))
                .isInstanceOfSatisfying(
                        VietQrException.class,
                        e ->
                                assertThat(e.reason())
                                        .isEqualTo(VietQrError.TEMPLATE_LENGTH_MISMATCH));
    }

    @Test
    void refuses_a_payload_with_a_wrong_crc() {
        String payload = DYNAMIC.substring(0, DYNAMIC.length() - 4) + "2E2F";
        assertThatThrownBy(() -> VietQr.parse(payload))
                .isInstanceOfSatisfying(
                        VietQrException.class,
                        e -> assertThat(e.reason()).isEqualTo(VietQrError.CRC_MISMATCH));
    }

    @Test
    void refuses_a_payload_whose_content_was_changed_after_the_crc() {
        String payload = DYNAMIC.replace("5406180000", "5406980000");
        assertThatThrownBy(() -> VietQr.parse(payload))
                .isInstanceOfSatisfying(
                        VietQrException.class,
                        e -> assertThat(e.reason()).isEqualTo(VietQrError.CRC_MISMATCH));
    }

    @Test
    void refuses_truncated_data_and_a_missing_crc() {
        String cut = DYNAMIC.substring(0, 60);
        assertThatThrownBy(() -> VietQr.parse(cut))
                .isInstanceOfSatisfying(
                        VietQrException.class,
                        e -> assertThat(e.reason()).isEqualTo(VietQrError.CRC_MISSING));
        String truncatedTop = "00020101021238570010A000000727" + "6304";
        String payload = truncatedTop + Crc16.of(truncatedTop);
        assertThatThrownBy(() -> VietQr.parse(payload))
                .isInstanceOfSatisfying(
                        VietQrException.class,
                        e -> assertThat(e.reason()).isEqualTo(VietQrError.TRUNCATED));
    }

    @Test
    void refuses_a_payload_that_is_not_napas_vnd_vietnam() {
        assertRefused(DYNAMIC.replace("A000000727", "A000000728"), VietQrError.UNSUPPORTED_VALUE);
        assertRefused(DYNAMIC.replace("5303704", "5303840"), VietQrError.UNSUPPORTED_VALUE);
        assertRefused(DYNAMIC.replace("5802VN", "5802TH"), VietQrError.UNSUPPORTED_VALUE);
        assertRefused(DYNAMIC.replace("QRIBFTTA", "QRIBFTTX"), VietQrError.UNSUPPORTED_VALUE);
        assertRefused(DYNAMIC.replace("5406180000", "5406-18000"), VietQrError.INVALID_AMOUNT);
        assertRefused(
                DYNAMIC.replace("0208QRIBFTTA", "").replace("3857", "3845"),
                VietQrError.MISSING_FIELD);
        assertRefused(DYNAMIC.replace("0208QRIBFTTA", "0508QRIBFTTA"), VietQrError.UNKNOWN_FIELD);
    }

    private static void assertRefused(String payloadWithoutValidCrc, VietQrError reason) {
        String body = payloadWithoutValidCrc.substring(0, payloadWithoutValidCrc.length() - 4);
        String payload = body + Crc16.of(body);
        assertThatThrownBy(() -> VietQr.parse(payload))
                .isInstanceOfSatisfying(
                        VietQrException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
