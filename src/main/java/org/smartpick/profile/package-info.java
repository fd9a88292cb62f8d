/**
 * The applicant profile document: reading JSON into an engine {@code Profile} with every problem reported at once
 * (unknown fields, types, ranges, cross-field rules, places and regions), writing it back, and a one-paragraph
 * summary. Shared by the CLI and the web API; the JSON Schema is {@code profile.schema.json}.
 */
package org.smartpick.profile;
