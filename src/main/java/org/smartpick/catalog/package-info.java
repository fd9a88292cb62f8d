/**
 * The program catalog: the operator CSV format and its reader, the bundled starter catalog, catalog queries and
 * coverage, the programs' standardised statistics, and the turning of catalog programs into the model's candidates
 * (with their regions and interview baselines). Below it {@code catalog.geo} (places and regions); above it
 * {@code catalog.imports} (the official exports) and {@code catalog.validation} (the model checked on real data);
 * the season's and the model's files are read by {@code org.smartpick.reference}.
 */
package org.smartpick.catalog;
