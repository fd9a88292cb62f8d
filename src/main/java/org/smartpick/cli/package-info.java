/**
 * The command-line interface ({@code smartpick}, picocli): one class per command group. Bad input is reported on
 * stderr with exit code 2; internal errors exit 1 with a one-line message and no stack trace.
 */
package org.smartpick.cli;
