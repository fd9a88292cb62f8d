-- The season tracker of a plan (issue 15): what the applicant has heard from each program, as JSON text, kept with
-- the plan behind its token and deleted with it. Null until the first save.
ALTER TABLE plan ADD COLUMN tracker TEXT;
