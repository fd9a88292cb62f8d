/**
 * Results as JSON-ready structures, shared by the command line and the web API so that both say the same thing.
 */
package org.smartpick.report;
