/**
 * The web application: Javalin routes (wired in {@link org.smartpick.web.WebApp}), RFC 9457 problem details, saved
 * plans behind private links, and (next) the static page.
 */
package org.smartpick.web;
