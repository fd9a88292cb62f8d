/**
 * The program catalog and geography: the operator CSV format and its reader, the bundled starter catalog, ZIP and
 * city coordinates, Census divisions and named regions, and catalog queries. Later: importers of official exports.
 */
package org.smartpick.catalog;
