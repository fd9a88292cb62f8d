/**
 * The Match commands: {@code match run} on an instance file, {@code match odds} for a rank list (alone, against a
 * simulated market, or as a couple) and {@code market simulate} with its check against the published rates. Uses
 * {@code cli.common}.
 */
package org.smartpick.cli.match;
