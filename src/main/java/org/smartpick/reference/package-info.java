/**
 * The bundled reference files, each figure with its source: the season's facts (matched medians, signal
 * allotments, fees, costs), the model's parameters and interview coefficients, and the market figures of a season.
 * Read from the classpath into the engine's and the match's values; uses neither the catalog nor the boundaries.
 */
package org.smartpick.reference;
