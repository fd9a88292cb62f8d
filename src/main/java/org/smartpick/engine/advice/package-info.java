/**
 * Strategy beyond the list: the advice rules ({@code StrategyAdvisor}), the priced steps of widening the area, the
 * realism of the target specialty with its alternatives and its PGY-1 year, and the seed article's playbook tied to
 * the profile. Each piece is built from the recommendation and the recommender (to price a change with the model);
 * none applies to a profile it does not fit. Uses the rooms up to {@code recommend}; only the report layer uses it.
 */
package org.smartpick.engine.advice;
