/**
 * The list optimizer: a portfolio problem (options with their chances, costs and utilities under limits on
 * applications, fees and signals, evaluated over the latent-strength nodes), greedy with lazy gains, the exact
 * seeds (the signal assignment, the dynamic program), local search, and the selection it returns. Uses the rooms
 * up to {@code chance} (a problem is built from programs' chances).
 */
package org.smartpick.engine.portfolio;
