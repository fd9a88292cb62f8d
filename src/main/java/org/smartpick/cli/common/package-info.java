/**
 * What the command groups share: the database, season, catalog and interview-rate options, bad input (exit code 2),
 * the command-group base, reading profile, JSON and catalog files, the inputs of a plan, the output format and the
 * text tables wrapped to the terminal. Uses no other command package.
 */
package org.smartpick.cli.common;
