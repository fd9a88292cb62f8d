/**
 * The model's commands: {@code model report} (calibration against the published rates), {@code model fit},
 * {@code model validate} (cross-validation on per-program interview rates) and {@code model applications}. Uses
 * {@code cli.common}.
 */
package org.smartpick.cli.model;
