package vn.ocop.catalog.image;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;
import vn.ocop.catalog.api.CatalogError;
import vn.ocop.catalog.api.ImageView;
import vn.ocop.catalog.product.ProductService;
import vn.ocop.kernel.DomainException;
import vn.ocop.platform.identity.api.Caller;

/**
 * Product photos: type- and size-checked by content, dimensions read before decoding (so a
 * decompression bomb is refused cheaply), stored with a 400-pixel JPEG thumbnail.
 */
@Singleton
public class ProductImageService {

    static final int THUMBNAIL_WIDTH = 400;
    private static final long MAX_PIXELS = 40_000_000L;

    private final ImageRow.Repository images;
    private final ImageStore store;
    private final ProductService products;
    private final long maxBytes;
    private final int maxPerProduct;

    ProductImageService(
            ImageRow.Repository images,
            ImageStore store,
            ProductService products,
            @Value("${ocop.catalog.images.max-bytes:5242880}") long maxBytes,
            @Value("${ocop.catalog.images.max-per-product:12}") int maxPerProduct) {
        this.images = images;
        this.store = store;
        this.products = products;
        this.maxBytes = maxBytes;
        this.maxPerProduct = maxPerProduct;
    }

    @Transactional
    public ImageView upload(Caller caller, UUID productId, byte[] data) {
        products.contentChanged(caller, productId);
        if (data.length == 0) {
            throw invalid(CatalogError.IMAGE_UNSUPPORTED, "The file is empty");
        }
        if (data.length > maxBytes) {
            throw invalid(
                    CatalogError.IMAGE_TOO_LARGE, "At most " + maxBytes / (1024 * 1024) + " MB");
        }
        ImageFormat format =
                ImageFormat.sniff(data)
                        .orElseThrow(
                                () ->
                                        invalid(
                                                CatalogError.IMAGE_UNSUPPORTED,
                                                "Not a JPEG, PNG or WebP image"));
        int[] size = dimensions(data);
        if (images.countByProductId(productId) >= maxPerProduct) {
            throw invalid(
                    CatalogError.IMAGE_LIMIT, "At most " + maxPerProduct + " images per product");
        }
        UUID id = UUID.randomUUID();
        byte[] thumbnail = thumbnail(data);
        ImageRow row =
                images.save(
                        new ImageRow(
                                id,
                                productId,
                                (short) images.countByProductId(productId),
                                format.contentType,
                                size[0],
                                size[1],
                                data.length,
                                Instant.now()));
        store.write(store.original(productId, id, format), data);
        store.write(store.thumbnail(productId, id), thumbnail);
        return row.view();
    }

    @Transactional
    public void delete(Caller caller, UUID productId, UUID imageId) {
        products.contentChanged(caller, productId);
        ImageRow row = require(productId, imageId);
        images.delete(row);
        store.delete(original(row), store.thumbnail(productId, imageId));
    }

    /** The stored file and its content type, for serving. */
    @ReadOnly
    public StoredImage file(UUID productId, UUID imageId, boolean thumbnail) {
        ImageRow row = require(productId, imageId);
        return thumbnail
                ? new StoredImage(store.thumbnail(productId, imageId), "image/jpeg")
                : new StoredImage(original(row), row.contentType());
    }

    public record StoredImage(Path path, String contentType) {}

    private Path original(ImageRow row) {
        return store.original(
                row.productId(),
                row.id(),
                ImageFormat.ofContentType(row.contentType()).orElseThrow());
    }

    private ImageRow require(UUID productId, UUID imageId) {
        return images.findById(imageId)
                .filter(row -> row.productId().equals(productId))
                .orElseThrow(
                        () ->
                                new DomainException(
                                        CatalogError.IMAGE_NOT_FOUND, "No image " + imageId));
    }

    /** Width and height from the header only; refuses images too large to decode safely. */
    private static int[] dimensions(byte[] data) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw invalid(CatalogError.IMAGE_UNSUPPORTED, "The image cannot be read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_PIXELS) {
                    throw invalid(CatalogError.IMAGE_TOO_LARGE, "At most 40 megapixels");
                }
                return new int[] {width, height};
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw invalid(CatalogError.IMAGE_UNSUPPORTED, "The image is damaged");
        }
    }

    private static byte[] thumbnail(byte[] data) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Thumbnails.of(new ByteArrayInputStream(data))
                    .width(THUMBNAIL_WIDTH)
                    .imageType(java.awt.image.BufferedImage.TYPE_INT_RGB)
                    .outputFormat("jpg")
                    .outputQuality(0.82)
                    .toOutputStream(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw invalid(CatalogError.IMAGE_UNSUPPORTED, "The image is damaged");
        }
    }

    private static DomainException invalid(CatalogError error, String message) {
        return DomainException.invalidField(error, "file", message);
    }
}
