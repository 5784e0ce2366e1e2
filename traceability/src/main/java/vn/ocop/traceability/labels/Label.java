package vn.ocop.traceability.labels;

import java.time.LocalDate;

/**
 * What one label shows.
 *
 * @param uri the Digital Link the QR code carries
 * @param productName in the label's language
 * @param expiry null when the batch has only a best-before date
 * @param bestBefore null when it has an expiry date
 * @param serial null on batch labels
 */
public record Label(
        String uri,
        String productName,
        String lot,
        LocalDate expiry,
        LocalDate bestBefore,
        String serial) {}
