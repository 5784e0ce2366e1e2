package vn.ocop.catalog.place;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity(value = "provinces", schema = "catalog")
record Province(@Id String code, String nameVi, String nameEn, String nameFolded, String kind) {}
