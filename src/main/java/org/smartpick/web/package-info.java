/**
 * The web application: Javalin routes, RFC 9457 problem details, and the static page (HTML, CSS, ES modules).
 */
package org.smartpick.web;
