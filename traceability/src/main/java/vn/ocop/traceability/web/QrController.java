package vn.ocop.traceability.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;
import vn.ocop.platform.qr.api.QrCodes;
import vn.ocop.platform.qr.api.QrStyle;
import vn.ocop.traceability.qr.BatchCodes;
import vn.ocop.traceability.qr.QrOptions;

/**
 * QR codes of a batch's GS1 Digital Link, or of one unit's (with its serial), as SVG or PNG, with a
 * quiet zone of four modules.
 */
@Controller("/api/v1/producer/batches/{id}")
@Tag(name = "Batches")
@Secured({Role.Names.PRODUCER_MEMBER, Role.Names.OFFICE_ADMIN})
class QrController {

    static final String SVG = "image/svg+xml";
    private static final String EC_DOC = "error correction L, M (default), Q or H";
    private static final String SIZE_DOC = "module size in pixels, 1 to 40 (default 8)";

    private final BatchCodes codes;

    QrController(BatchCodes codes) {
        this.codes = codes;
    }

    @Get("/qr.svg")
    @Produces({SVG, MediaType.APPLICATION_JSON})
    @Operation(summary = "The batch's QR code (its Digital Link) as SVG")
    HttpResponse<String> batchSvg(
            Authentication authentication,
            @PathVariable UUID id,
            @Parameter(description = EC_DOC) @QueryValue @Nullable String ecLevel,
            @Parameter(description = SIZE_DOC) @QueryValue @Nullable String size) {
        return svg(authentication, id, null, ecLevel, size);
    }

    @Get("/qr.png")
    @Produces({MediaType.IMAGE_PNG, MediaType.APPLICATION_JSON})
    @Operation(summary = "The batch's QR code (its Digital Link) as PNG")
    HttpResponse<byte[]> batchPng(
            Authentication authentication,
            @PathVariable UUID id,
            @Parameter(description = EC_DOC) @QueryValue @Nullable String ecLevel,
            @Parameter(description = SIZE_DOC) @QueryValue @Nullable String size) {
        return png(authentication, id, null, ecLevel, size);
    }

    @Get("/serials/{serial}/qr.svg")
    @Produces({SVG, MediaType.APPLICATION_JSON})
    @Operation(summary = "One unit's QR code (the Digital Link with its serial) as SVG")
    HttpResponse<String> unitSvg(
            Authentication authentication,
            @PathVariable UUID id,
            @PathVariable String serial,
            @Parameter(description = EC_DOC) @QueryValue @Nullable String ecLevel,
            @Parameter(description = SIZE_DOC) @QueryValue @Nullable String size) {
        return svg(authentication, id, serial, ecLevel, size);
    }

    @Get("/serials/{serial}/qr.png")
    @Produces({MediaType.IMAGE_PNG, MediaType.APPLICATION_JSON})
    @Operation(summary = "One unit's QR code (the Digital Link with its serial) as PNG")
    HttpResponse<byte[]> unitPng(
            Authentication authentication,
            @PathVariable UUID id,
            @PathVariable String serial,
            @Parameter(description = EC_DOC) @QueryValue @Nullable String ecLevel,
            @Parameter(description = SIZE_DOC) @QueryValue @Nullable String size) {
        return png(authentication, id, serial, ecLevel, size);
    }

    private HttpResponse<String> svg(
            Authentication authentication, UUID id, String serial, String ecLevel, String size) {
        QrStyle style = QrOptions.style(ecLevel, size);
        String uri = codes.uri(Caller.of(authentication), id, serial);
        return HttpResponse.ok(QrCodes.svg(uri, style))
                .contentType(MediaType.of(SVG))
                .header("X-Digital-Link", uri);
    }

    private HttpResponse<byte[]> png(
            Authentication authentication, UUID id, String serial, String ecLevel, String size) {
        QrStyle style = QrOptions.style(ecLevel, size);
        String uri = codes.uri(Caller.of(authentication), id, serial);
        return HttpResponse.ok(QrCodes.png(uri, style))
                .contentType(MediaType.IMAGE_PNG_TYPE)
                .header("X-Digital-Link", uri);
    }
}
