/**
 * Fitting the chance model and checking it: the calibration against the published match rates by applicant type,
 * the fit of model v1's parameters, the ridge regression and specialty-evidence fit that produce model v2's
 * committed coefficients, and the cross-validation table with its rank correlations. Pure Java, no I/O: the
 * catalog reads the data and writes the coefficient file. Uses the rooms up to {@code chance}.
 */
package org.smartpick.engine.calibration;
