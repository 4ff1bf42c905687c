-- «Предложить»: numbers handed out by a sequence (no lock, no waiting), kept above the largest digits-only number of
-- any case, so that two clerks asking at the same moment get different numbers instead of one being refused on saving.
CREATE SEQUENCE registration_number_suggestion START WITH 1;
