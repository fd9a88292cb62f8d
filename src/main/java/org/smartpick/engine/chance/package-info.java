/**
 * The chance model: an applicant's P(interview) and P(match | interview) at each program, the factors and reasons
 * behind them in words, the latent strength that correlates an applicant's outcomes, and the odds of a whole list.
 * Model v1's priors and parameters ({@code ChanceModel}, {@code ProgramFactors}) and model v2's interview level
 * (docs/model.md, "Model v2"): a program-level regression on what a catalog knows of a program with specialty
 * effects, the program's own published rates shrunk toward it, home-state and signal shifts per specialty
 * ({@code InterviewRateModel}, {@code ObservedProgramFactors}). Uses the vocabulary, the profile and the season.
 */
package org.smartpick.engine.chance;
