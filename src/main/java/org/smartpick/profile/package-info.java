/**
 * The applicant's documents: the profile, read from JSON into an engine {@code Profile} with every problem reported
 * at once (unknown fields, types, ranges, cross-field rules, places and regions), written back, and summarised in a
 * paragraph; the season tracker's document; and the one strict JSON reader ({@code StrictJson}) for everything a
 * user sends. Shared by the CLI and the web API; the profile's JSON Schema is {@code profile.schema.json}.
 */
package org.smartpick.profile;
