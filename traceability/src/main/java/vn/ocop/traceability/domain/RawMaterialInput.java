package vn.ocop.traceability.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A raw material that went into the batch: what it is, where it grew (province, commune, farm), who
 * supplied it under which of their lots, how much, and the supplier's certificates.
 */
public record RawMaterialInput(
        String material,
        String originProvince,
        String originCommune,
        String farm,
        String supplier,
        String supplierLot,
        BigDecimal quantity,
        String unit,
        List<SupplierCertificate> certificates) {
    public RawMaterialInput {
        material = Texts.clean(material);
        originProvince = Texts.clean(originProvince);
        originCommune = Texts.clean(originCommune);
        farm = Texts.clean(farm);
        supplier = Texts.clean(supplier);
        supplierLot = Texts.clean(supplierLot);
        unit = Texts.clean(unit);
        certificates = certificates == null ? List.of() : List.copyOf(certificates);
    }
}
