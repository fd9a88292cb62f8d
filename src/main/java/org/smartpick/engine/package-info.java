/**
 * The engine: SmartPick's domain model and pure computations — the applicant profile and its consistency rules,
 * programs and their published statistics and interview rates, reference data of a season, the chance model
 * (model v1's priors, and model v2's data-based interview level of {@link org.smartpick.engine.ProgramBaseline}
 * with {@code ObservedProgramFactors}; the program side of v2 is fitted in {@code engine.chance}), the reasons in
 * words, the optimizer, tiers, the backup plan and the advice. The strategy lives in {@code engine.advice}, the
 * season as it unfolds in {@code engine.season}.
 *
 * <p>Pure Java on the JDK alone: no I/O, no logging, no clocks, no static mutable state. Randomness, when needed,
 * comes from a seeded generator passed in. Values are immutable records that check their own invariants.
 */
package org.smartpick.engine;
