package vn.ocop.traceability.resolver;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.DateFormatter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.ReferenceCountUtil;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * The resolver's common case answered on the Netty event loop, before Micronaut's router, filters
 * and security (ADR 0011): a {@code GET} of a well-formed {@code /01/…} Digital Link whose code is
 * in {@link KnownCodes}' cache and whose answer is a redirect (no or a known {@code linkType}, no
 * linkset {@code Accept}), from an anonymous client (no {@code Authorization}, no {@code Cookie},
 * no {@code Origin}), phone browsers included (the storefront hands out its CSRF cookie with pages,
 * not with redirects). The answer is the controller's: the same 307, {@code Location}, {@code
 * Link}, {@code Vary}, CORS and {@code Date} headers, and the same scan recorded.
 *
 * <p>Everything else is passed on untouched to Micronaut, which answers it as before: other methods
 * ({@code HEAD} too: Micronaut answers it without {@code Date} and closes the connection),
 * preflights, linksets, errors (400, 404), codes not cached (the controller reads them and fills
 * the cache), requests with a body, {@code Connection: close} or HTTP/1.0. While a passed-on
 * request is unanswered, later requests on the connection are passed on too, so that pipelined
 * answers keep their order.
 */
final class ResolverFastPath extends ChannelDuplexHandler {

    static final String NAME = "ocop-resolver-fast-path";
    private static final String PREFIX = "/01/";
    private static final String EXPOSED = "Link, Location, Content-Type";
    private static final String VARY_VALUE = "Accept, Accept-Language";
    private static final String LINK_SUFFIX =
            ">; rel=\"linkset\"; type=\"" + Resolver.LINKSET_MEDIA_TYPE + "\"";
    // The header names as the controller's answer writes them.
    private static final String LOCATION = "location";
    private static final String LINK = "Link";
    private static final String VARY = "Vary";
    private static final String DATE = "date";
    private static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    private static final String EXPOSE_HEADERS = "Access-Control-Expose-Headers";
    private static final String CONTENT_LENGTH = "content-length";

    private final Resolver resolver;
    private final ResolveListener listener;
    private final LongAdder answered;

    /** The last second a {@code Date} header was formatted for, and its value. */
    private static volatile DateStamp lastDate = new DateStamp(-1, "");

    private record DateStamp(long second, String value) {}

    /** Requests passed on to Micronaut whose answer has not been written yet. */
    private int passedOn;

    /** Swallowing the rest (an empty last content) of a request answered here. */
    private boolean swallowing;

    ResolverFastPath(Resolver resolver, ResolveListener listener, LongAdder answered) {
        this.resolver = resolver;
        this.listener = listener;
        this.answered = answered;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (swallowing && msg instanceof HttpContent content) {
            swallowing = !(content instanceof LastHttpContent);
            content.release();
            return;
        }
        if (msg instanceof HttpRequest request && !(msg instanceof HttpContent)) {
            if (passedOn == 0 && answer(ctx, request)) {
                swallowing = true;
                return;
            }
            passedOn++;
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof LastHttpContent
                && passedOn > 0
                && !(msg instanceof HttpResponse response
                        && response.status().codeClass() == HttpStatusClass.INFORMATIONAL)) {
            passedOn--;
        }
        ctx.write(msg, promise);
    }

    /** Answers the request if it is the common case; false to pass it on. */
    private boolean answer(ChannelHandlerContext ctx, HttpRequest request) {
        if (!HttpMethod.GET.equals(request.method())
                || !request.uri().startsWith(PREFIX)
                || request.protocolVersion() != HttpVersion.HTTP_1_1
                || !request.decoderResult().isSuccess()) {
            return false;
        }
        HttpHeaders headers = request.headers();
        if (headers.contains(HttpHeaderNames.AUTHORIZATION)
                || headers.contains(HttpHeaderNames.COOKIE)
                || headers.contains(HttpHeaderNames.ORIGIN)
                || headers.contains(HttpHeaderNames.CONTENT_LENGTH)
                || headers.contains(HttpHeaderNames.TRANSFER_ENCODING)
                || headers.contains(HttpHeaderNames.EXPECT)
                || headers.contains(HttpHeaderNames.UPGRADE)
                || !HttpUtil.isKeepAlive(request)
                || wantsLinkset(headers.getAll(HttpHeaderNames.ACCEPT))) {
            return false;
        }
        String uri = request.uri();
        if (uri.indexOf('#') >= 0) {
            return false;
        }
        int question = uri.indexOf('?');
        String rawPath = question < 0 ? uri : uri.substring(0, question);
        String rawQuery = question < 0 ? null : uri.substring(question + 1);
        Map<String, List<String>> parameters =
                rawQuery == null ? Map.of() : new QueryStringDecoder(uri).parameters();
        Resolution.Redirect redirect;
        try {
            redirect = resolver.cachedRedirect(rawPath, rawQuery, first(parameters, "linkType"));
        } catch (RuntimeException e) {
            return false; // malformed: the controller answers the 400 problem
        }
        if (redirect == null) {
            return false;
        }
        DefaultFullHttpResponse response =
                new DefaultFullHttpResponse(
                        HttpVersion.HTTP_1_1,
                        HttpResponseStatus.TEMPORARY_REDIRECT,
                        Unpooled.EMPTY_BUFFER);
        // The controller's answer, header for header (names, order and case as Micronaut writes).
        response.headers()
                .add(LOCATION, redirect.location())
                .add(LINK, "<" + redirect.linksetUri() + LINK_SUFFIX)
                .add(VARY, VARY_VALUE)
                .add(DATE, date())
                .add(ALLOW_ORIGIN, "*")
                .add(EXPOSE_HEADERS, EXPOSED)
                .add(CONTENT_LENGTH, "0");
        SocketAddress remote = ctx.channel().remoteAddress();
        boolean recorded;
        try {
            recorded =
                    listener.resolvedAnonymously(
                            redirect.code(),
                            name -> first(parameters, name),
                            headers::get,
                            remote instanceof InetSocketAddress inet ? inet : null);
        } catch (RuntimeException e) {
            recorded = false;
        }
        if (!recorded) {
            return false; // the scan queue is full: the controller waits for room
        }
        answered.increment();
        ReferenceCountUtil.release(request);
        ctx.writeAndFlush(response);
        return true;
    }

    /** The {@code Date} header's value, formatted once a second. */
    private static String date() {
        long second = System.currentTimeMillis() / 1000;
        DateStamp current = lastDate;
        if (current.second() != second) {
            current = new DateStamp(second, DateFormatter.format(new Date(second * 1000)));
            lastDate = current;
        }
        return current.value();
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Whether the {@code Accept} header asks for the linkset. */
    private static boolean wantsLinkset(List<String> accept) {
        for (String value : accept) {
            if (value.contains(Resolver.LINKSET_MEDIA_TYPE)) {
                return true;
            }
        }
        return false;
    }
}
