/**
 * The applicant's commands: {@code profile} (check and summary), {@code recommend} with its table and strategy
 * views, {@code score}, {@code portfolio} (an optimizer instance from a file) and {@code track} (the season tracker
 * of a saved plan). Uses {@code cli.common}.
 */
package org.smartpick.cli.plan;
