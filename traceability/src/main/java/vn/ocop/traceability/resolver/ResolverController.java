package vn.ocop.traceability.resolver;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Options;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import vn.ocop.traceability.epcis.EpcisJson;

/**
 * The resolver's HTTP face at the root of the public host. Anyone may resolve; every answer (errors
 * included, see {@link ResolverCors}) may be read cross-origin. Hidden from the API description:
 * these are GS1 Digital Link URIs, not API routes.
 */
@Controller
@Hidden
@Secured(SecurityRule.IS_ANONYMOUS)
class ResolverController {

    private final Resolver resolver;
    private final ResolverTargets targets;
    private final ResolveListener listener;

    ResolverController(Resolver resolver, ResolverTargets targets, ResolveListener listener) {
        this.resolver = resolver;
        this.targets = targets;
        this.listener = listener;
    }

    @Get("/01/{+rest}")
    @Produces(MediaType.ALL)
    HttpResponse<String> get(
            HttpRequest<?> request,
            @PathVariable String rest,
            @QueryValue @Nullable String linkType) {
        Resolution resolution = resolve(request, linkType);
        listener.resolved(request, resolution.code());
        return respond(resolution, true);
    }

    /** CORS preflight: the filter adds the allow headers. */
    @Options("/01/{+rest}")
    HttpResponse<Void> preflight(@PathVariable String rest) {
        return HttpResponse.noContent();
    }

    @Get("/.well-known/gs1resolver")
    @Produces(MediaType.APPLICATION_JSON)
    String description() {
        ObjectNode root = EpcisJson.MAPPER.createObjectNode();
        root.put("name", "OCOP Market GS1 resolver");
        root.put("resolverRoot", targets.origin());
        root.putArray("supportedPrimaryKeys").add("gtin");
        ObjectNode gs1 = root.putArray("supportedLinkType").addObject();
        gs1.put("namespace", LinkType.VOCABULARY);
        gs1.put("prefix", "gs1:");
        gs1.put("profile", "https://gs1.org/voc/?show=linktypes");
        var offered = root.putArray("linkTypes");
        for (LinkType type : LinkType.values()) {
            offered.add(type.curie());
        }
        root.put("linkTypeDefaultCanBeLinkset", false);
        root.put("linkTypeDefaultCanBeAll", false);
        root.putArray("supportedContextValuesEnumerated");
        root.putArray("supportedLanguages").add("vi").add("en");
        root.put("defaultLinkType", LinkType.PIP.curie());
        root.put("resolverVersion", "GS1 Digital Link 1.2 conformant resolver");
        return root.toString();
    }

    @Options("/.well-known/gs1resolver")
    HttpResponse<Void> descriptionPreflight() {
        return HttpResponse.noContent();
    }

    Resolution resolve(HttpRequest<?> request, String linkType) {
        URI uri = request.getUri();
        return resolver.resolve(
                uri.getRawPath(),
                uri.getRawQuery(),
                linkType,
                Resolver.acceptsLinkset(
                        request.getHeaders().get(HttpHeaders.ACCEPT, String.class)));
    }

    static MutableHttpResponse<String> respond(Resolution resolution, boolean withBody) {
        MutableHttpResponse<String> response;
        if (resolution instanceof Resolution.Redirect redirect) {
            response = HttpResponse.temporaryRedirect(URI.create(redirect.location()));
        } else {
            Resolution.Linkset linkset = (Resolution.Linkset) resolution;
            response = withBody ? HttpResponse.ok(linkset.linkset().toString()) : HttpResponse.ok();
            response.contentType(Resolver.LINKSET_MEDIA_TYPE);
        }
        response.header(
                HttpHeaders.LINK,
                "<"
                        + resolution.linksetUri()
                        + ">; rel=\"linkset\"; type=\""
                        + Resolver.LINKSET_MEDIA_TYPE
                        + "\"");
        response.header(HttpHeaders.VARY, "Accept, Accept-Language");
        return response;
    }
}
