/**
 * Model v2 of the interview stage (docs/model.md, "Model v2"): where a program's interview chances start for each
 * applicant type, learnt from real per-program interview rates. A program-level regression on what a catalog
 * really knows of a program (its Residency Explorer figures, setting, size, accreditation, visa policy) with
 * specialty effects; the program's own published rates shrunk toward it; home-state and signal shifts measured per
 * specialty; the fit that produces the committed coefficients; and the cross-validation that checks them on
 * programs left out. Pure Java, no I/O: the coefficient file is read by the catalog.
 */
package org.smartpick.engine.chance;
