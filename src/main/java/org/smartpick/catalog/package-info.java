/**
 * The program catalog and geography: the operator CSV format and its reader, the bundled starter catalog, ZIP and
 * city coordinates, Census divisions and named regions, catalog queries, the importers of the official exports
 * (Residency Explorer, ERAS lists, NRMP results, AAMC per-program interview rates and their join), the files of the
 * model's parameters and interview coefficients, and the turning of catalog programs into the model's candidates
 * (with their interview baselines) and the cross-validation of the interview model on them.
 */
package org.smartpick.catalog;
