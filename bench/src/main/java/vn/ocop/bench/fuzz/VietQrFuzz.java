package vn.ocop.bench.fuzz;

import java.nio.charset.StandardCharsets;
import vn.ocop.orders.payment.vietqr.VietQr;

/**
 * Jazzer target for the VietQR (EMVCo) payload reader. Each input is also read with its last eight
 * characters (the CRC field) replaced by a correct one and with a correct CRC appended, so the
 * fuzzer gets past the checksum into the TLV and field checks.
 */
public final class VietQrFuzz {

    private VietQrFuzz() {}

    /** The bytes as UTF-8, read as they are and with a correct CRC appended. */
    public static void fuzzerTestOneInput(byte[] data) {
        String payload = new String(data, StandardCharsets.UTF_8);
        Findings.expectOnlyDocumentedRefusals(() -> VietQr.parse(payload));
        if (payload.length() >= 8) {
            String body = payload.substring(0, payload.length() - 8);
            Findings.expectOnlyDocumentedRefusals(() -> VietQr.parse(withCrc(body)));
        }
        String whole = withCrc(payload);
        Findings.expectOnlyDocumentedRefusals(() -> VietQr.parse(whole));
    }

    /** Appends tag 63, length 04 and the CRC-16/CCITT-FALSE of everything before the value. */
    static String withCrc(String body) {
        String head = body + "6304";
        int crc = 0xFFFF;
        for (byte b : head.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            crc ^= (b & 0xFF) << 8;
            for (int i = 0; i < 8; i++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            crc &= 0xFFFF;
        }
        return head + String.format("%04X", crc);
    }
}
