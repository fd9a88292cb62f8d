/**
 * The use cases the command line and the web API share, so that both say the same thing: a plan (the
 * recommendation with its strategy, on a catalog prepared once), rank-list, market and couple odds, the season
 * tracker's report and its calendar, and their JSON-ready structures.
 */
package org.smartpick.report;
