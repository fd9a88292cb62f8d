package org.smartpick.cli.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smartpick.cli.common.BadInput;
import org.smartpick.profile.StrictJson;

/** A saved plan's link ({@code http://host/plans/TOKEN}), and its tracker read and written through the server's API. */
final class PlanLink {
    private static final Pattern LINK = Pattern.compile("^(https?://[^/]+)/(?:api/)?plans/([A-Za-z0-9_-]+)/?$");
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String tracker;

    private PlanLink(String base, String token) {
        this.tracker = base + "/api/plans/" + token + "/tracker";
    }

    /** The link, when the text is one. */
    static Optional<PlanLink> parse(String text) {
        Matcher m = LINK.matcher(text);
        return m.matches() ? Optional.of(new PlanLink(m.group(1), m.group(2))) : Optional.empty();
    }

    /** {@code {"tracker", "report"}} as the server has it. */
    JsonNode get() {
        return send(HttpRequest.newBuilder(URI.create(tracker)).GET());
    }

    /** The interview calendar (iCalendar text) as the server makes it. */
    String calendar() {
        HttpResponse<String> r = exchange(
                HttpRequest.newBuilder(URI.create(tracker + "/calendar.ics")).GET());
        if (r.statusCode() != 200) {
            throw new BadInput("the plan link: the server answered " + r.statusCode() + " for the calendar");
        }
        return r.body();
    }

    /** Saves the tracker; the server's answer, or its problems as bad input. */
    JsonNode put(String trackerJson) {
        return send(HttpRequest.newBuilder(URI.create(tracker))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(trackerJson)));
    }

    private static HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new BadInput(
                    "the plan link: cannot reach the server (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadInput("the plan link: interrupted");
        }
    }

    private JsonNode send(HttpRequest.Builder request) {
        HttpResponse<String> r = exchange(request);
        if (r.statusCode() == 404) {
            throw new BadInput("the plan link: there is no such plan (deleted, or a wrong link)");
        }
        JsonNode doc;
        try {
            doc = StrictJson.parse(r.body());
        } catch (StrictJson.NotJson e) {
            throw new BadInput("the plan link: the server answered " + r.statusCode() + " without JSON");
        }
        if (r.statusCode() != 200) {
            StringBuilder why = new StringBuilder(
                    "the server refused the tracker: " + doc.path("detail").asText());
            doc.path("errors")
                    .forEach(e -> why.append("\n  ")
                            .append(e.path("pointer").asText())
                            .append(": ")
                            .append(e.path("detail").asText()));
            throw new BadInput(why.toString());
        }
        return doc;
    }
}
