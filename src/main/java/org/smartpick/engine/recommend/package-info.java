/**
 * The recommendation: the programs of the area scored once per plan, optimised to the budget or the recommended
 * number, tiered and explained, with the P(match) curve, the backup specialties, the what-ifs and the advice
 * records it carries; independent pieces of one plan may run on the workers handed in ({@code IndependentTasks}).
 * Uses the rooms up to {@code portfolio}.
 */
package org.smartpick.engine.recommend;
