/**
 * Geography: ZIP and city coordinates, Census divisions and named regions with their containment, state borders,
 * and the steps of widening an applicant's area in the seed article's order. Uses nothing else of the catalog.
 */
package org.smartpick.catalog.geo;
