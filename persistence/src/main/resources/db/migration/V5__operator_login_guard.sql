-- Five wrong passwords lock an account for a while (issue 5); counted in the database so workstations agree.
ALTER TABLE operator ADD COLUMN failed_logins INT DEFAULT 0 NOT NULL;
ALTER TABLE operator ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;
