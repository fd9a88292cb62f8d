/**
 * The engine: SmartPick's domain model and pure computations — the applicant profile and its consistency rules,
 * programs, reference data of a season, and (in later work) the chance model, optimizer, tiers and advice.
 *
 * <p>Pure Java on the JDK alone: no I/O, no logging, no clocks, no static mutable state. Randomness, when needed,
 * comes from a seeded generator passed in. Values are immutable records that check their own invariants.
 */
package org.smartpick.engine;
