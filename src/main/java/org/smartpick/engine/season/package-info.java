/**
 * The programs and the season's published facts: programs with their policies and statistics, a program made
 * ready for scoring ({@code Candidate}: its regions and interview baseline), the published interview rates, the
 * season's reference figures per specialty (matched medians, signal allotments, fees, costs, application
 * services) and the evidence about specialties. Uses the vocabulary and the profile (a budget in fees).
 */
package org.smartpick.engine.season;
