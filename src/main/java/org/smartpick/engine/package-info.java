/**
 * The engine's shared vocabulary: specialties and their tracks, states and census divisions, places, applicant
 * types, signal tiers and allotments, program settings, visas, published figures with their sources, odds and the
 * normal distribution, the two-stage outcome, and the invariant checks every record uses. Everything else of the
 * engine sits in a room by concept, each using only the rooms below it, in this order: {@code profile} (who
 * applies), {@code season} (the programs and the season's published facts), {@code chance} (the chance model),
 * {@code calibration} (fitting and validating it), {@code portfolio} (the list optimizer), {@code recommend} (the
 * recommendation, what-ifs and backups), {@code advice} (the strategy) and {@code tracker} (the season as it
 * unfolds). ArchitectureTest enforces the order.
 *
 * <p>Pure Java on the JDK alone: no I/O, no logging, no clocks, no static mutable state, no threads of its own (a
 * plan's independent pieces run on an executor handed in). Randomness, when needed, comes from a seeded generator
 * passed in. Values are immutable records that check their own invariants.
 */
package org.smartpick.engine;
