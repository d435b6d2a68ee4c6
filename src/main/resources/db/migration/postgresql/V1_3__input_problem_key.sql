-- Input problems are keyed on the run and what each one says (V1_2), no longer on an id the
-- database hands out: H2 has been seen to hand out an id again after a kill.
ALTER TABLE cc_input_problem DROP CONSTRAINT cc_input_problem_pkey;
ALTER TABLE cc_input_problem ADD PRIMARY KEY (run_id, problem_key);
