/**
 * The season as it unfolds (docs/model.md, "The season tracker"): what an applicant has heard from each program —
 * invitations, rejections, silence — turned into evidence about their one latent strength, and from it the chance
 * at the programs still pending, P(match) now, the best late additions and the invitations that can be declined.
 * Pure Java: the tracker's storage and dates live outside; here a date is already a share of invitations sent.
 * (It was {@code engine.season} until the engine's split, when that name went to the programs and season facts.)
 */
package org.smartpick.engine.tracker;
