package org.smartpick.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answers Jetty gives on its own — 400 for a request it cannot parse, 414 and 431 for an over-long URI or
 * headers — as RFC 9457 problems with the security headers, never Jetty's HTML page nor its message (which may
 * quote the request).
 */
final class JettyErrors extends ErrorHandler {
    /** The request log's own logger: these requests are logged as every other one. */
    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);
    /** Characters of the path logged at most (a 414's path is what was too long). */
    static final int PATH_LOGGED = 200;

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        LOG.info("time={} {}", Instant.now(), WebApp.requestLine(request.getMethod(), path(request), code, 0));
        String body = "{\"type\":\"about:blank\",\"title\":\"" + title(code) + "\",\"status\":" + code
                + ",\"detail\":\"" + detail(code) + "\"}";
        WebApp.SECURITY_HEADERS.forEach((k, v) -> response.getHeaders().put(k, v));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json; charset=utf-8");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }

    private static String path(Request request) {
        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        if (path == null) {
            return "?";
        }
        return path.length() > PATH_LOGGED ? path.substring(0, PATH_LOGGED) + "…" : path;
    }

    private static String title(int code) {
        return switch (code) {
            case 400 -> "Bad request";
            case 414 -> "URI too long";
            case 431 -> "Request headers too large";
            default -> "HTTP error";
        };
    }

    private static String detail(int code) {
        return switch (code) {
            case 400 -> "The request could not be read as HTTP.";
            case 414 -> "The request's URI is longer than the server accepts.";
            case 431 -> "The request's headers are larger than the server accepts.";
            default -> "The server could not answer this request.";
        };
    }
}
