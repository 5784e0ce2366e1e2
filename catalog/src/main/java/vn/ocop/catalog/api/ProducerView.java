package vn.ocop.catalog.api;

import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** A producer as shown on its page and in the office's lists. */
@Serdeable
public record ProducerView(
        UUID id,
        String name,
        LegalForm legalForm,
        String registrationNumber,
        String provinceCode,
        String commune,
        String address,
        String representative,
        String phone,
        String email,
        Integer memberCount,
        String storyVi,
        String storyEn,
        ProducerStatus status,
        String statusReason) {}
