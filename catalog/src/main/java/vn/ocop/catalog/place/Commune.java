package vn.ocop.catalog.place;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import vn.ocop.catalog.api.CommuneKind;
import vn.ocop.catalog.api.CommuneView;

@MappedEntity(value = "communes", schema = "catalog")
record Commune(
        @Id String code,
        String nameVi,
        String nameEn,
        String nameFolded,
        String kind,
        String provinceCode) {

    CommuneView view() {
        return new CommuneView(code, nameVi, nameEn, CommuneKind.valueOf(kind), provinceCode);
    }
}
