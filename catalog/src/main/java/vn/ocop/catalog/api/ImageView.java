package vn.ocop.catalog.api;

import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** A product photo: the original and a 400-pixel-wide thumbnail for lists and phones. */
@Serdeable
public record ImageView(UUID id, String url, String thumbnailUrl, int width, int height) {}
