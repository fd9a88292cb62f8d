/**
 * Strategy beyond the list: the priced steps of widening the area, the realism of the target specialty with its
 * alternatives and its PGY-1 year, and the seed article's playbook tied to the profile. Each piece is built from the
 * recommendation and the recommender (to price a change with the model); none applies to a profile it does not fit.
 * Pure, like the rest of the engine; it depends on the engine's core and nothing depends on it but the report layer.
 */
package org.smartpick.engine.advice;
