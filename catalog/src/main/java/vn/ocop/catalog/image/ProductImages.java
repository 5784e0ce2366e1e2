package vn.ocop.catalog.image;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import vn.ocop.catalog.api.ImageView;

/** Reads a product's photos in their order (used when a product's view is assembled). */
@Singleton
public class ProductImages {

    private final ImageRow.Repository images;

    ProductImages(ImageRow.Repository images) {
        this.images = images;
    }

    @ReadOnly
    public List<ImageView> of(UUID productId) {
        return images.findByProductIdOrderByPosition(productId).stream()
                .map(ImageRow::view)
                .toList();
    }
}
