package org.smartpick.engine.recommend;

/** One point of the budget curve: with the first n applications of the order, these expectations. */
public record CurvePoint(int applications, double pMatch, double expectedInterviews, int cost) {}
