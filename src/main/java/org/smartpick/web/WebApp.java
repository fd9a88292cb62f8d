package org.smartpick.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartpick.report.JsonDocuments;

/** The web application, all its wiring in one place: security headers, routes, problem details, logging. */
public final class WebApp {
    /** Request bodies above this many bytes are refused (a profile is a few kilobytes). */
    static final long MAX_BODY = 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

    private WebApp() {}

    public static Javalin create(Services services) {
        Api api = new Api(services);
        MatchApi match = new MatchApi(services);
        Admission admission = Admission.standard();
        TrackerApi tracker = new TrackerApi(services);
        String openApi = resource("/openapi.yaml");
        String page = resource("/public/index.html");
        String profileSchema = resource("/profile.schema.json");
        return Javalin.create(config -> {
            config.http.maxRequestSize = MAX_BODY;
            config.http.prefer405over404 = true;
            // Errors Jetty answers before Javalin sees the request (a malformed request, an over-long URI or
            // headers) in the same problem format and with the same headers.
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            config.requestLogger.http((ctx, ms) -> LOG.info(
                    "time={} {}", Instant.now(), requestLine(ctx.method().name(), ctx.path(), ctx.statusCode(), ms)));
            config.staticFiles.add(files -> {
                files.directory = "/public";
                files.location = Location.CLASSPATH;
                // as documented for every response: the page may show a private plan
                files.headers = Map.of("Cache-Control", "no-store");
            });
            config.routes.get(
                    "/plans/{token}", ctx -> ctx.contentType("text/html").result(page));
            config.routes.before("*", WebApp::guard);
            config.routes.get("/api/health", api::health);
            config.routes.get("/api/ready", api::ready);
            config.routes.get("/api/specialties", api::specialties);
            config.routes.get("/api/regions", api::regions);
            config.routes.get("/api/catalog/programs", api::programs);
            config.routes.post("/api/recommendations", admission.limited(api::recommend));
            config.routes.post("/api/scores", admission.limited(api::score));
            config.routes.post("/api/match/odds", admission.limited(match::odds));
            config.routes.post("/api/match-odds", admission.limited(match::odds)); // the name the Match issue gave it
            config.routes.post("/api/match/couple-odds", admission.limited(match::coupleOdds));
            config.routes.post("/api/plans", admission.limited(api::createPlan));
            config.routes.get("/api/plans/{token}", api::getPlan);
            config.routes.put("/api/plans/{token}", admission.limited(api::updatePlan));
            config.routes.delete("/api/plans/{token}", api::deletePlan);
            config.routes.get("/api/plans/{token}/tracker", admission.limited(tracker::get));
            config.routes.put("/api/plans/{token}/tracker", admission.limited(tracker::put));
            config.routes.get("/api/plans/{token}/tracker/calendar.ics", tracker::calendar);
            config.routes.get(
                    "/openapi.yaml",
                    ctx -> ctx.contentType("application/yaml; charset=utf-8").result(openApi));
            config.routes.get(
                    "/profile.schema.json",
                    ctx -> ctx.contentType("application/schema+json;" + " charset=utf-8")
                            .result(profileSchema));
            config.routes.exception(Problem.class, WebApp::problem);
            // the client went away mid-computation (DisconnectWatch): nobody to answer; 499 in the log, as nginx
            config.routes.exception(CancellationException.class, (e, ctx) -> ctx.status(499));
            config.routes.exception(Exception.class, WebApp::internal);
            // Javalin's own answers (no route, wrong method, a chunked body over the limit) in the same format.
            config.routes.error(404, "*", ctx -> framework(ctx, "Not found", "No such resource: " + ctx.path()));
            config.routes.error(
                    405,
                    "*",
                    ctx -> framework(
                            ctx, "Method not allowed", ctx.method().name() + " is not allowed on " + ctx.path()));
            config.routes.error(
                    413,
                    "*",
                    ctx -> framework(
                            ctx, "Request too large", "Request bodies are limited" + " to " + MAX_BODY + " bytes."));
        });
    }

    /** The headers every response carries, Jetty's own error pages included (JettyErrors). */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy",
                    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                            + " frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY",
            "Cache-Control", "no-store");

    /** Security headers on every response, and the body size limit. */
    private static void guard(Context ctx) {
        SECURITY_HEADERS.forEach(ctx::header);
        requireJson(ctx);
        long length = ctx.contentLength();
        if (length > MAX_BODY) {
            drain(ctx, length);
            throw new Problem(
                    413, "Request too large", "Request bodies are limited to " + MAX_BODY + " bytes.", List.of());
        }
    }

    /**
     * A body sent to the API must be declared JSON in UTF-8: a form or text/plain post — what another site can make
     * a visitor's browser send without asking — and any other charset answer 415 (the body is never decoded).
     */
    private static void requireJson(Context ctx) {
        String method = ctx.method().name();
        if (!(method.equals("POST") || method.equals("PUT")) || !ctx.path().startsWith("/api/")) {
            return;
        }
        String type = ctx.header("Content-Type");
        String[] parts = type == null ? new String[] {""} : type.split(";");
        if (!parts[0].trim().equalsIgnoreCase("application/json")) {
            throw new Problem(
                    415,
                    "Unsupported media type",
                    "Send the body as Content-Type: application/json" + " (UTF-8).",
                    List.of());
        }
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].trim().split("=", 2);
            if (kv[0].trim().equalsIgnoreCase("charset")
                    && !(kv.length == 2 && kv[1].trim().replace("\"", "").equalsIgnoreCase("utf-8"))) {
                throw new Problem(
                        415,
                        "Unsupported media type",
                        "The body must be UTF-8 (charset=utf-8 or no" + " charset).",
                        List.of());
            }
        }
    }

    /**
     * Reads and discards a too-large body of at most {@value #DRAIN_LIMIT} bytes before the 413 is sent: a client
     * still writing its body when the server answers and closes sees a broken connection instead of the answer.
     * Larger bodies are not read (the connection is closed after the answer).
     */
    private static void drain(Context ctx, long length) {
        if (length > DRAIN_LIMIT) {
            return;
        }
        try {
            ctx.req().getInputStream().transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // The client went away; the answer below is still the right one for the log.
        }
    }

    static final long DRAIN_LIMIT = 1024 * 1024;

    /**
     * One log line per request as key=value pairs, for log tools to parse: method, path (plan tokens masked, since
     * a token is the key to a plan), status and time taken. It is built from these four only, so a profile sent in
     * a body or a query never reaches the log.
     */
    static String requestLine(String method, String path, int status, float millis) {
        return "request method=" + method + " path=" + masked(path) + " status=" + status + " ms="
                + Math.round(millis * 10) / 10.0;
    }

    /** A path with its plan token masked: a token is the key to a plan. */
    static String masked(String path) {
        return path.replaceAll("/plans/[^/]+", "/plans/…");
    }

    /** An exception as its class and stack frames only, with its causes the same way: no message can leak. */
    static final class Scrubbed extends Exception {
        private static final long serialVersionUID = 1L;

        private Scrubbed(Throwable original, Scrubbed cause) {
            super(original.getClass().getName(), cause, false, true);
            setStackTrace(original.getStackTrace());
        }

        static Scrubbed of(Throwable e) {
            Throwable cause = e.getCause();
            return new Scrubbed(e, cause != null && cause != e ? of(cause) : null);
        }
    }

    private static void problem(Problem p, Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", p.title);
        body.put("status", p.status);
        body.put("detail", p.getMessage());
        if (!p.errors.isEmpty()) {
            body.put(
                    "errors",
                    p.errors.stream()
                            .map(e -> JsonDocuments.fields("pointer", e.pointer(), "detail", e.message()))
                            .toList());
        }
        if (p.retryAfter > 0) {
            ctx.header("Retry-After", Integer.toString(p.retryAfter));
        }
        ctx.status(p.status)
                .contentType("application/problem+json; charset=utf-8")
                .result(JsonDocuments.text(body));
    }

    /** A status Javalin set without a Problem: answered as one, unless a handler already wrote a Problem. */
    private static void framework(Context ctx, String title, String detail) {
        String type = ctx.res().getContentType();
        if (type != null && type.startsWith("application/problem+json")) {
            return;
        }
        problem(new Problem(ctx.statusCode(), title, detail, List.of()), ctx);
    }

    private static void internal(Exception e, Context ctx) {
        // The path's token is masked and the exceptions lose their messages (a database error carries the bound
        // values: tokens, profiles); the classes and stack frames are what a maintainer needs.
        LOG.error("internal error on {} {}", ctx.method(), masked(ctx.path()), Scrubbed.of(e));
        problem(
                new Problem(500, "Internal error", "Something went wrong on our side; it has been logged.", List.of()),
                ctx);
    }

    private static String resource(String name) {
        try (InputStream in = WebApp.class.getResourceAsStream(name)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
