/**
 * The command-line interface ({@code smartpick}, picocli): the top command that lists every command group, the
 * version, and {@code serve} (the one command that starts the web application). The groups live by concern in
 * {@code cli.plan} (profile, recommend, score, portfolio, track), {@code cli.catalog}, {@code cli.match} (rank-list
 * and couple odds, the market) and {@code cli.model}; what they share (options, bad input, tables, reading profile
 * and catalog files, the output format) in {@code cli.common}. Bad input is reported on stderr with exit code 2;
 * internal errors exit 1 with a one-line message and no stack trace.
 */
package org.smartpick.cli;
