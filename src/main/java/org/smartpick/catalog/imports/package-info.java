/**
 * The importers of the official exports into catalog programs: Residency Explorer workbooks, ERAS program lists,
 * NRMP program results and specialty counts, AAMC per-program interview rates and their join to programs, program
 * identities, and the import report (joined, not joined, problems by row). Uses the catalog core and geography.
 */
package org.smartpick.catalog.imports;
