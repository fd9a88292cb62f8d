/**
 * Who applies: the applicant's profile — exams and their attempts, experience, letters, school, credentials of an
 * international graduate, preferences and ties, red flags, the budget — the rules that say when a profile is
 * inconsistent, and the applicant as the model sees them (the profile with the centre of their radius). Uses only
 * the shared vocabulary.
 */
package org.smartpick.engine.profile;
