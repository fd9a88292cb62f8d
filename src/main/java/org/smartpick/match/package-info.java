/**
 * The NRMP Match: applicant-proposing deferred acceptance with couples (Roth–Peranson), rank-list odds and market
 * simulation. Pure Java like the engine: no I/O, seeded randomness passed in.
 */
package org.smartpick.match;
