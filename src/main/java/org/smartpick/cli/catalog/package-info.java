/**
 * The operator's catalog commands: {@code catalog list}, {@code import}, {@code identities}, and the versions kept in
 * the store (list, activate, stats). Uses {@code cli.common}.
 */
package org.smartpick.cli.catalog;
