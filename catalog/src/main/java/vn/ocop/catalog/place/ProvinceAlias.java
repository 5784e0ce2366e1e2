package vn.ocop.catalog.place;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import vn.ocop.catalog.api.ProvinceAliasKind;
import vn.ocop.catalog.api.ProvinceAliasView;

@MappedEntity(value = "province_aliases", schema = "catalog")
record ProvinceAlias(
        @Id String aliasFolded,
        String alias,
        @Nullable String nameEn,
        String provinceCode,
        String kind) {

    ProvinceAliasView view() {
        return new ProvinceAliasView(alias, nameEn, ProvinceAliasKind.valueOf(kind));
    }
}
