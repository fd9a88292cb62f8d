/**
 * The web application: Javalin routes (wired in {@link org.smartpick.web.WebApp}), RFC 9457 problem details, saved
 * plans behind private links and their season trackers, the limits on what a request may cost (admission, market
 * seasons made in the background, a watch for clients that have gone), and the static page in
 * {@code src/main/resources/public}.
 */
package org.smartpick.web;
